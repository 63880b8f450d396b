import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { TimelineItem } from '../../src/core/model.js';
import { inTimeOrder, sortByTime } from '../../src/core/time-order.js';

/** Only what ordering reads: start, end and the place in the document. */
function itemsOf(times: [number, number][]): TimelineItem[] {
  return times.map(([start, length], index) => ({ start, end: start + length, index }) as TimelineItem);
}

const order = (items: TimelineItem[]) => items.map((item) => item.index);

describe('sortByTime puts events in time order', () => {
  // Spread out, bunched on a few instants, or one far outlier that leaves most buckets empty.
  const start = fc.oneof(
    fc.integer({ min: Date.UTC(2023, 0, 1), max: Date.UTC(2025, 0, 1) }),
    fc.constantFrom(Date.UTC(2024, 0, 1), Date.UTC(2024, 0, 2), Date.UTC(2024, 5, 1)),
    fc.constantFrom(-8.64e15, 8.64e15),
  );
  const times = fc.array(fc.tuple(start, fc.nat({ max: 40 * 86_400_000 })), { maxLength: 1500 });

  it('the same order as a sort by start, end and document place, for any list', () => {
    fc.assert(
      fc.property(times, (t) => {
        const items = itemsOf(t);
        expect(order(sortByTime([...items]))).to.deep.equal(order([...items].sort(inTimeOrder)));
      }),
      { numRuns: 200 },
    );
  });

  it('a list already in order is returned as it is', () => {
    const items = itemsOf(Array.from({ length: 1000 }, (_, i) => [i * 1000, 0] as [number, number]));
    expect(sortByTime(items)).to.equal(items);
  });

  it('ten thousand shuffled events come out in order, equal starts by end then place', () => {
    const t: [number, number][] = Array.from({ length: 10_000 }, (_, i) => [((i * 7919) % 5000) * 60_000, (i % 3) * 1000]);
    const sorted = sortByTime(itemsOf(t));
    for (let i = 1; i < sorted.length; i++) expect(inTimeOrder(sorted[i - 1]!, sorted[i]!)).to.be.lessThan(0);
  });
});
