import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { assignLanes, type Extent } from '../../src/core/lanes.js';

const extent = fc
  .tuple(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.double({ min: 0, max: 1e4, noNaN: true }))
  .map(([x0, w]): Extent => ({ x0, x1: x0 + w }));

function overlaps(a: Extent, b: Extent, gap: number): boolean {
  return a.x0 < b.x1 + gap && b.x0 < a.x1 + gap;
}

describe('assignLanes: labels never overlap', () => {
  it('puts disjoint extents in one lane and overlapping ones in the next', () => {
    const { lanes, count } = assignLanes([
      { x0: 0, x1: 10 },
      { x0: 5, x1: 15 },
      { x0: 20, x1: 30 },
    ]);
    expect([...lanes]).to.deep.equal([0, 1, 0]);
    expect(count).to.equal(2);
  });

  it('keeps the gap between neighbours in a lane', () => {
    const { lanes } = assignLanes(
      [
        { x0: 0, x1: 10 },
        { x0: 12, x1: 20 },
      ],
      4,
    );
    expect([...lanes]).to.deep.equal([0, 1]);
  });

  it('reuses the lowest free lane', () => {
    const { lanes } = assignLanes([
      { x0: 0, x1: 100 },
      { x0: 1, x1: 2 },
      { x0: 3, x1: 4 },
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
          const d = extents.filter((b) => b === a || (b.x0 <= a.x0 && a.x0 < b.x1)).length;
          depth = Math.max(depth, d);
        }
        return count <= Math.max(depth, extents.length > 0 ? 1 : 0);
      }),
      { numRuns: 200 },
    );
  });

  it('stacks 100,000 extents (the layout is O(n log n))', () => {
    const extents = Array.from({ length: 100_000 }, (_, i) => ({ x0: (i * 7919) % 50_000, x1: ((i * 7919) % 50_000) + 120 }));
    const { lanes, count } = assignLanes(extents, 2);
    expect(lanes.length).to.equal(100_000);
    expect(count).to.be.greaterThan(1);
  });
});
