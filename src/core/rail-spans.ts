import type { View } from './view.js';

/**
 * The times inside `view` that items cover, for railScale: from columns of starts and ends
 * sorted by start, one [start, end] per run of items that overlap, clipped to the view. Only
 * time no item covers is cut, so this gives the rail a pair per item would give it; in a dense
 * story (ranges over every day) a few pairs instead of thousands a frame of a moving view.
 */
export function coveredSpans(starts: ArrayLike<number>, ends: ArrayLike<number>, view: View): Span[] {
  const [v0, v1] = view;
  const spans: Span[] = [];
  let last: Span | undefined;
  for (let i = 0; i < starts.length; i++) {
    if (starts[i]! > v1 || ends[i]! < v0) continue;
    const from = Math.max(v0, starts[i]!);
    const to = Math.min(v1, ends[i]!);
    if (last && from <= last[1]) {
      last[1] = Math.max(last[1], to);
      last[2]++;
    } else spans.push((last = [from, to, 1]));
  }
  return spans;
}

/** A run of items' time, [start, end], and how many items it holds (a rail told none counts none). */
export type Span = [start: number, end: number, count: number];
