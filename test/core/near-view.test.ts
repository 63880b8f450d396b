import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { nearView, positionOf } from '../../src/core/frame.js';
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
        // With the model's items by id (the element's way: the kept item found by its start), the same.
        const byId = new Map(items.map((i) => [i.id, i]));
        expect(nearView(items, view, pad, keepId, byId).map((i) => i.id)).to.deep.equal(expected.map((i) => i.id));
      }),
    );
  });

  it('property: finds an item by its start among items that start alike, and not at all in a list without it', () => {
    // Starts from a handful of instants: many items share one.
    const items = fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 40 }).map((starts) =>
      starts.sort((a, b) => a - b).map((start, i) => ({ id: `i${i}`, start, end: start }) as unknown as TimelineItem),
    );
    fc.assert(
      fc.property(items, fc.array(fc.boolean(), { maxLength: 40 }), (all, keepMask) => {
        const byId = new Map(all.map((i) => [i.id, i]));
        // A list the element lays out may be some of the model's items (a search): the others are not in it.
        const some = all.filter((_, k) => keepMask[k] ?? true);
        for (const item of all) {
          expect(positionOf(all, item.id, byId), item.id).to.equal(all.indexOf(item));
          expect(positionOf(some, item.id, byId), `${item.id} in some`).to.equal(some.indexOf(item));
        }
        expect(positionOf(all, 'none', byId)).to.equal(-1);
      }),
    );
  });
});
