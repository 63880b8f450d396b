import type { TimelineItem } from './model.js';
import { remembered } from './remembered.js';

/**
 * A list of items as columns of numbers: each item's start and end (epoch ms) and its index in
 * the document, in the list's order. A pass over 100,000 item objects reads memory scattered
 * over tens of megabytes; the same pass over these reads it in order, about three times
 * faster (measured in a cold page), and the layout makes several such passes for a picture.
 * The model's list has its columns made in a reading slice (parse.ts), and a fitted view lays
 * out that list itself; a narrower view's list is made anew, its columns with it (one pass).
 */
export interface ItemColumns {
  starts: Float64Array;
  ends: Float64Array;
  indexes: Int32Array;
}

const made = new WeakMap<readonly TimelineItem[], ItemColumns>();

/** The columns of a list, made once per list (a list is not changed once read). */
export function itemColumns(items: readonly TimelineItem[]): ItemColumns {
  return remembered(made, items, () => {
    const n = items.length;
    const columns = { starts: new Float64Array(n), ends: new Float64Array(n), indexes: new Int32Array(n) };
    for (let i = 0; i < n; i++) {
      const item = items[i]!;
      columns.starts[i] = item.start;
      columns.ends[i] = item.end;
      columns.indexes[i] = item.index;
    }
    return columns;
  });
}
