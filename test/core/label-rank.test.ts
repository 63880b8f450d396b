import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { labelRanks } from '../../src/core/label-rank.js';
import { parseTimeline } from '../../src/core/parse.js';

const T0 = Date.UTC(2000, 0, 1);
/** Starts are ms after T0 within a span of exactly 2^30 ms (about 12 days), so halvings fall on whole ms. */
const SPAN = 2 ** 30;

function modelAt(offsets: readonly number[]) {
  // The first and the last instant of the span are always there: the span is exactly SPAN.
  const all = [0, SPAN, ...offsets];
  return parseTimeline(
    all.map((ms, i) => ({ id: `e${i}`, title: `Event ${i}`, date: new Date(T0 + ms).toISOString(), group: i % 2 ? 'a' : 'b', description: 'd', place: 'p' })),
    'UTC',
  );
}

describe('labelRanks: which items are labelled first in a crowded view', () => {
  it('property: in every part of every halving of the span, the best ranked item is the earliest one there', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: SPAN }), { maxLength: 300 }), fc.integer({ min: 1, max: 16 }), (offsets, halvings) => {
        const model = modelAt(offsets);
        const rank = labelRanks(model.items);
        const width = SPAN / 2 ** halvings;
        const best = new Map<number, { rank: number; start: number; position: number }>();
        model.items.forEach((item, position) => {
          // The last instant belongs to the last part.
          const part = Math.min(2 ** halvings - 1, Math.floor((item.start - T0) / width));
          const seen = best.get(part);
          if (!seen || rank[item.index]! < seen.rank) best.set(part, { rank: rank[item.index]!, start: item.start, position });
        });
        for (const [part, { position }] of best) {
          const earliest = model.items.findIndex((item) => Math.min(2 ** halvings - 1, Math.floor((item.start - T0) / width)) === part);
          if (earliest !== position) return false;
        }
        return true;
      }),
      { numRuns: 200 },
    );
  });

  it('property: no two items share a rank, and the list is read once', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: SPAN }), { maxLength: 200 }), (offsets) => {
        const model = modelAt(offsets);
        const rank = labelRanks(model.items);
        expect(labelRanks(model.items)).to.equal(rank);
        return new Set(model.items.map((item) => rank[item.index])).size === model.items.length;
      }),
      { numRuns: 100 },
    );
  });

  it('ranks the earliest item first, then the earliest of the second half, then of each quarter', () => {
    const quarter = SPAN / 4;
    const model = modelAt([quarter + 5, quarter + 1, 3 * quarter + 7, 3 * quarter + 2, 2 * quarter + 9, 2 * quarter + 3]);
    const rank = labelRanks(model.items);
    const byRank = [...model.items].sort((a, b) => rank[a.index]! - rank[b.index]!).map((item) => item.start - T0);
    expect(byRank.slice(0, 4)).to.deep.equal([0, 2 * quarter + 3, quarter + 1, 3 * quarter + 2]);
  });
});
