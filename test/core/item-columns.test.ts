import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { itemColumns } from '../../src/core/item-columns.js';
import { nearView } from '../../src/core/frame.js';
import { parseTimeline } from '../../src/core/parse.js';

const DAY = 86_400_000;
const first = Date.UTC(2024, 0, 1);
const iso = (d: number) => new Date(first + d * DAY).toISOString().slice(0, 10);

function modelOf(days: readonly { at: number; length: number }[]) {
  return parseTimeline(
    days.map((d, i) => (d.length > 0 ? { id: `e${i}`, title: `E${i}`, start: iso(d.at), end: iso(d.at + d.length) } : { id: `e${i}`, title: `E${i}`, date: iso(d.at) })),
    'UTC',
  );
}

const days = fc.array(fc.record({ at: fc.integer({ min: 0, max: 400 }), length: fc.integer({ min: 0, max: 30 }) }), { minLength: 1, maxLength: 120 });

describe('itemColumns: a list of items as columns of numbers', () => {
  it('property: each item\'s start, end and index, in the list\'s order, for a list and for any stretch of it', () => {
    fc.assert(
      fc.property(days, fc.nat(), fc.nat(), (list, a, b) => {
        const items = modelOf(list).items;
        const from = a % items.length;
        const to = from + (b % (items.length - from + 1));
        const stretch = items.slice(from, to);
        for (const [of, columns] of [
          [items, itemColumns(items)],
          [stretch, itemColumns(stretch)],
        ] as const) {
          expect([...columns.starts]).to.deep.equal(of.map((item) => item.start));
          expect([...columns.ends]).to.deep.equal(of.map((item) => item.end));
          expect([...columns.indexes]).to.deep.equal(of.map((item) => item.index));
        }
      }),
      { numRuns: 200 },
    );
  });

  it('property: the items near a view have the columns of those items, whether nearView hands back the list, a stretch of it or a copy', () => {
    fc.assert(
      fc.property(days, fc.integer({ min: -50, max: 450 }), fc.integer({ min: 1, max: 500 }), fc.nat(), (list, at, width, k) => {
        const items = modelOf(list).items;
        const keep = k % 3 === 0 ? null : items[k % items.length]!.id;
        const near = nearView(items, [first + at * DAY, first + (at + width) * DAY], 2 * DAY, keep);
        const columns = itemColumns(near);
        expect([...columns.starts]).to.deep.equal(near.map((item) => item.start));
        expect([...columns.indexes]).to.deep.equal(near.map((item) => item.index));
      }),
      { numRuns: 200 },
    );
  });
});
