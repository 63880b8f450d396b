import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { nearView } from '../../src/core/frame.js';
import type { TimelineItem } from '../../src/core/model.js';

/** Items with only what nearView reads: id, start and end, sorted by start as the model keeps them. */
const sortedItems = fc
  .array(fc.tuple(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 300 })), { maxLength: 60 })
  .map((spans) =>
    spans
      .map(([start, length], i) => ({ id: `i${i}`, start, end: start + length }) as unknown as TimelineItem)
      .sort((a, b) => a.start - b.start),
  );

describe('nearView: the items that can reach a view', () => {
  it('property: exactly the items that overlap the padded view, plus the kept one, in time order', () => {
    fc.assert(
      fc.property(sortedItems, fc.integer({ min: -100, max: 1100 }), fc.integer({ min: 1, max: 400 }), fc.integer({ min: 0, max: 50 }), fc.option(fc.nat(59)), (items, v0, span, pad, keepAt) => {
        const keepId = keepAt === null || items.length === 0 ? null : items[keepAt % items.length]!.id;
        const view = [v0, v0 + span] as const;
        const expected = items.filter((i) => (i.start <= view[1] + pad && i.end >= view[0] - pad) || i.id === keepId);
        expect(nearView(items, view, pad, keepId).map((i) => i.id)).to.deep.equal(expected.map((i) => i.id));
      }),
    );
  });
});
