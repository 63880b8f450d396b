import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { assignLanesByRank, rankOrder } from '../../src/core/rank-lanes.js';

interface Span {
  x0: number;
  x1: number;
  rank: number;
}

const spans = fc.array(
  fc.record({ x0: fc.integer({ min: 0, max: 2000 }), width: fc.integer({ min: 0, max: 300 }), rank: fc.integer({ min: 0, max: 1000 }) }),
  { maxLength: 120 },
).map((list) => list.map(({ x0, width, rank }): Span => ({ x0, x1: x0 + width, rank })));

function lay(list: readonly Span[], gap: number, maxLanes: number) {
  return assignLanesByRank(
    Float64Array.from(list, (s) => s.x0),
    Float64Array.from(list, (s) => s.x1),
    Float64Array.from(list, (s) => s.rank),
    gap,
    maxLanes,
  );
}

/** Whether two spans cannot share a lane: each keeps `gap` free after its end (less a millionth of a px, for px rounded either way). */
const clash = (a: Span, b: Span, gap: number) => a.x0 < b.x1 + gap - 1e-6 && b.x0 < a.x1 + gap - 1e-6;
/** Whether `a` comes before `b`: by rank, then by position. */
const before = (list: readonly Span[], a: number, b: number) => list[a]!.rank < list[b]!.rank || (list[a]!.rank === list[b]!.rank && a < b);

describe('assignLanesByRank: the best ranked items keep their lanes as the view moves', () => {
  it('property: no two spans in one lane overlap, and at most maxLanes lanes are used', () => {
    fc.assert(
      fc.property(spans, fc.integer({ min: 0, max: 20 }), fc.integer({ min: 1, max: 8 }), (list, gap, maxLanes) => {
        const { lanes, count } = lay(list, gap, maxLanes);
        if (count > maxLanes) return false;
        for (let i = 0; i < list.length; i++) {
          if (lanes[i]! < -1 || lanes[i]! >= count) return false;
          for (let j = i + 1; j < list.length; j++) if (lanes[i]! >= 0 && lanes[i] === lanes[j] && clash(list[i]!, list[j]!, gap)) return false;
        }
        return true;
      }),
      { numRuns: 300 },
    );
  });

  it('property: each span takes the lowest lane left free by better ranked ones, and is left out only when every lane is taken there', () => {
    fc.assert(
      fc.property(spans, fc.integer({ min: 0, max: 20 }), fc.integer({ min: 1, max: 8 }), (list, gap, maxLanes) => {
        const { lanes } = lay(list, gap, maxLanes);
        for (let i = 0; i < list.length; i++) {
          const below = lanes[i]! >= 0 ? lanes[i]! : maxLanes;
          for (let lane = 0; lane < below; lane++) {
            const blocked = list.some((s, j) => j !== i && lanes[j] === lane && before(list, j, i) && clash(s, list[i]!, gap));
            if (!blocked) return false;
          }
        }
        return true;
      }),
      { numRuns: 300 },
    );
  });

  it('puts a span beside an empty one at its start when no gap is kept, whichever comes first (a counterexample fast-check found)', () => {
    expect([...lay([{ x0: 1992, x1: 1993, rank: 1 }, { x0: 1992, x1: 1992, rank: 0 }], 0, 1).lanes]).to.deep.equal([0, 0]);
    expect([...lay([{ x0: 1992, x1: 1993, rank: 0 }, { x0: 1992, x1: 1992, rank: 1 }], 0, 1).lanes]).to.deep.equal([0, 0]);
    expect([...lay([{ x0: 1992, x1: 1992, rank: 0 }, { x0: 1992, x1: 1992, rank: 1 }], 0, 1).lanes]).to.deep.equal([0, 0]);
    // With a gap, an empty span keeps it after its end: the other one goes to a lane of its own.
    expect([...lay([{ x0: 1992, x1: 1993, rank: 1 }, { x0: 1992, x1: 1992, rank: 0 }], 2, 2).lanes]).to.deep.equal([1, 0]);
  });

  it('property: spans ranked worse than all others never move them (adding them keeps every lane, and who is left out)', () => {
    fc.assert(
      fc.property(spans, spans, fc.integer({ min: 0, max: 20 }), fc.integer({ min: 1, max: 8 }), (list, extra, gap, maxLanes) => {
        const worse = extra.map((s) => ({ ...s, rank: s.rank + 10_000 }));
        const alone = lay(list, gap, maxLanes).lanes;
        const together = lay([...list, ...worse], gap, maxLanes).lanes;
        expect([...together.subarray(0, list.length)]).to.deep.equal([...alone]);
      }),
      { numRuns: 200 },
    );
  });

  it('puts two spans exactly a gap apart in one lane, their px rounded either way', () => {
    // A band that ends on a point's day: in a layout counted from the view's start 8 px apart, in
    // a stage counted from its own a rounding less (motion.ts: the first frame of a pan).
    const at = Date.UTC(2024, 10, 1) - Date.UTC(2024, 0, 1);
    const perMs = 1000 / (366 * 86_400_000);
    const end = at * perMs;
    const lanes = (start: number) => lay([{ x0: end - 50, x1: end, rank: 0 }, { x0: start, x1: start + 12, rank: 1 }], 8, 4).lanes;
    expect([...lanes(end + 8)]).to.deep.equal([0, 0]);
    expect([...lanes(end + 8 - 1e-12)]).to.deep.equal([0, 0]);
    // Closer by more than a rounding: a lane of its own.
    expect([...lanes(end + 7.9)]).to.deep.equal([0, 1]);
  });

  it('puts the better ranked of two overlapping spans in the lower lane, whatever their order in time', () => {
    const { lanes } = lay(
      [
        { x0: 0, x1: 100, rank: 5 },
        { x0: 50, x1: 150, rank: 1 },
      ],
      0,
      2,
    );
    expect([...lanes]).to.deep.equal([1, 0]);
  });
});

describe('rankOrder: the order in which items are offered lanes', () => {
  /** The positions sorted by rank, equal ranks (and NaNs, last) in the data's order. */
  const stableOrder = (ranks: readonly number[]) =>
    ranks
      .map((_, i) => i)
      .sort((i, j) => {
        const [a, b] = [ranks[i]!, ranks[j]!];
        if (Number.isNaN(a) || Number.isNaN(b)) return Number.isNaN(a) === Number.isNaN(b) ? i - j : Number.isNaN(a) ? 1 : -1;
        return a < b ? -1 : a > b ? 1 : i - j;
      });

  it('property: best rank first, equal ranks in the order of the data, NaN last', () => {
    const rank = fc.oneof(fc.integer({ min: -3, max: 3 }), fc.double({ noDefaultInfinity: false }), fc.constant(-0));
    fc.assert(
      fc.property(fc.array(rank, { maxLength: 80 }), (ranks) => {
        expect(Array.from(rankOrder(Float64Array.from(ranks)))).to.deep.equal(stableOrder(ranks));
      }),
    );
  });

  it('items at one position keep the order of the data, even 100,000 of them', () => {
    // All at one pixel (one instant in a fitted view): each equal rank used to look for its place
    // one by one after the others, n² / 2 steps.
    const order = rankOrder(new Float64Array(100_000).fill(42));
    expect(order.every((position, k) => position === k)).to.equal(true);
  });
});
