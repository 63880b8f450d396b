import type { TimelineItem } from './model.js';
import { remembered } from './remembered.js';

/**
 * Which items get a label first when a view is too crowded for all of them: a rank per item,
 * made once per list of items, so that zooming and panning keep labelling the same items
 * (when the choice is made anew for each window, in time order, a 12% zoom step labels about
 * 130 new items of 140, and every step redraws them all).
 *
 * The rank spreads labels evenly at every zoom level. Halve the list's span again and again:
 * an item's level is the first halving at which it is the earliest item of its part. Level 0
 * is the first item, level 1 the earliest item of the second half, and so on; at any zoom the
 * items of the levels whose parts are about a label wide lie about a label apart. Zooming in
 * one step lets a few items of the next level in and keeps those already labelled.
 * Items at one instant share the deepest level; among equals the earlier in the data goes first.
 */

/** Bits of a start's position within the span: finer than a millisecond over a few years. */
const BITS = 30;
const CELLS = 2 ** BITS;
const TWO_32 = 2 ** 32;

const ranks = new WeakMap<readonly TimelineItem[], Float64Array>();

/**
 * Each item's rank, indexed by `item.index`: lower is labelled first. `items` is in time
 * order (as the model keeps it). Remembered per list; O(n).
 */
export function labelRanks(items: readonly TimelineItem[]): Float64Array {
  return remembered(ranks, items, () => rankItems(items));
}

function rankItems(items: readonly TimelineItem[]): Float64Array {
  const n = items.length;
  let size = 0;
  for (let i = 0; i < n; i++) if (items[i]!.index >= size) size = items[i]!.index + 1;
  const rank = new Float64Array(size);
  const first = n > 0 ? items[0]!.start : 0;
  const span = n > 0 ? items[n - 1]!.start - first : 0;
  const scale = span > 0 ? CELLS / span : 0;
  let before = -1;
  // Plain arithmetic, no calls but one: this runs over every item before the first picture.
  for (let i = 0; i < n; i++) {
    const item = items[i]!;
    // Where the start falls among 2^30 equal parts of the span (the last start in the last part).
    let cell = ((item.start - first) * scale) | 0;
    if (cell > CELLS - 1) cell = CELLS - 1;
    // The halvings before this item's and the previous item's parts first differ: Math.clz32 of
    // their XOR counts the shared leading bits (32 - BITS of them always shared).
    const level = i === 0 ? 0 : Math.clz32(cell ^ before) - (32 - BITS) + 1;
    before = cell;
    // The data's order breaks ties: the index is below 2^32, a level below 64.
    rank[item.index] = level * TWO_32 + item.index;
  }
  return rank;
}
