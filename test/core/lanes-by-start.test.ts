import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { assignLanesByRank } from '../../src/core/rank-lanes.js';

/**
 * Lanes in order of start, each extent in the lowest free lane: rank-lanes.ts with the starts as
 * ranks, as the eras' and references' titles (backdrop.ts) and a card's side lanes (article.ts)
 * are stacked. As few lanes as the most extents over one point.
 */
interface Extent {
  alongStart: number;
  alongEnd: number;
}

const byStart = (x0s: Float64Array, x1s: Float64Array, gap = 0) => assignLanesByRank(x0s, x1s, x0s, gap, Infinity);
const assignLanes = (extents: readonly Extent[], gap = 0) =>
  byStart(
    Float64Array.from(extents, (e) => e.alongStart),
    Float64Array.from(extents, (e) => e.alongEnd),
    gap,
  );

const extent = fc
  .tuple(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.double({ min: 0, max: 1e4, noNaN: true }))
  .map(([x0, w]): Extent => ({ alongStart: x0, alongEnd: x0 + w }));

/** Whether two extents come closer than `gap` (a millionth of a px less: rank-lanes.ts lets px rounded either way share a lane). */
function overlaps(a: Extent, b: Extent, gap: number): boolean {
  return a.alongStart < b.alongEnd + gap - 1e-6 && b.alongStart < a.alongEnd + gap - 1e-6;
}

describe('lanes in order of start: titles never overlap', () => {
  it('puts disjoint extents in one lane and overlapping ones in the next', () => {
    const { lanes, count } = assignLanes([
      { alongStart: 0, alongEnd: 10 },
      { alongStart: 5, alongEnd: 15 },
      { alongStart: 20, alongEnd: 30 },
    ]);
    expect([...lanes]).to.deep.equal([0, 1, 0]);
    expect(count).to.equal(2);
  });

  it('keeps the gap between neighbours in a lane', () => {
    const { lanes } = assignLanes(
      [
        { alongStart: 0, alongEnd: 10 },
        { alongStart: 12, alongEnd: 20 },
      ],
      4,
    );
    expect([...lanes]).to.deep.equal([0, 1]);
  });

  it('reuses the lowest free lane', () => {
    const { lanes } = assignLanes([
      { alongStart: 0, alongEnd: 100 },
      { alongStart: 1, alongEnd: 2 },
      { alongStart: 3, alongEnd: 4 },
    ]);
    expect([...lanes]).to.deep.equal([0, 1, 1]);
  });

  it('property: no two extents in one lane overlap, for any input and gap', () => {
    fc.assert(
      fc.property(fc.array(extent, { maxLength: 200 }), fc.double({ min: 0, max: 50, noNaN: true }), (extents, gap) => {
        const { lanes, count } = assignLanes(extents, gap);
        for (let i = 0; i < extents.length; i++) {
          expect(lanes[i]).to.be.within(0, count - 1);
          for (let j = i + 1; j < extents.length; j++) {
            if (lanes[i] === lanes[j] && overlaps(extents[i]!, extents[j]!, gap)) return false;
          }
        }
        return true;
      }),
      { numRuns: 300 },
    );
  });

  it('property: it uses no more lanes than the most extents over any one point (optimal)', () => {
    fc.assert(
      fc.property(fc.array(extent, { maxLength: 150 }), (extents) => {
        const { count } = assignLanes(extents, 0);
        // The depth at each start is a lower bound; the greedy stacking meets it.
        let depth = 0;
        for (const a of extents) {
          const d = extents.filter((b) => b === a || (b.alongStart <= a.alongStart && a.alongStart < b.alongEnd)).length;
          depth = Math.max(depth, d);
        }
        return count <= Math.max(depth, extents.length > 0 ? 1 : 0);
      }),
      { numRuns: 200 },
    );
  });

  it('the layout is O(n log n): 8× the extents cost about 8·log(8n)/log(n)× the work, far from the 64× of a quadratic one', () => {
    const n = 10_000;
    const [small, large] = [workFor(n), workFor(8 * n)];
    // Every start and end is read at least once: the count sees the work.
    expect(small).to.be.at.least(2 * n);
    const nLogN = (8 * Math.log2(8 * n)) / Math.log2(n);
    // A quarter of slack over n log n still rules out n^1.25 (about 13.5×) and anything steeper.
    expect(large / small).to.be.within(8, nLogN * 1.25);
  });
});

/**
 * The layout's work on n extents in shuffled order (so it has to sort), about a dozen deep: the
 * number of times it reads a start or an end. Sorting reads two per comparison, stacking one or
 * two per extent, so an algorithm that compares every extent with many others shows here.
 */
function workFor(n: number): number {
  let reads = 0;
  const counted = (values: Float64Array) =>
    new Proxy(values, {
      get(target, key) {
        if (typeof key === 'string' && key !== 'length') reads++;
        return Reflect.get(target, key);
      },
    });
  const x0s = new Float64Array(n);
  const x1s = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    x0s[i] = ((i * 7919) % n) * 10;
    x1s[i] = x0s[i]! + 120;
  }
  const { lanes } = byStart(counted(x0s), counted(x1s));
  expect(lanes.length).to.equal(n);
  return reads;
}
