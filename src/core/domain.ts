import type { TimelineItem } from './model.js';
import { clampView, ZOOM_LIMITS, type View } from './view.js';
import { remembered } from './remembered.js';

const DAY = 86_400_000;

/**
 * The span that shows every event with some room around it: `padding` of the span on each
 * side, and a day either side when all events share one instant. Never narrower than the zoom
 * limit (items seconds apart): a gesture or a zoom would snap a narrower window to it. Never
 * past the range of dates (a story of the year 275,000): such a window could not be written to
 * `start`/`end`; moved inside it, it still holds every item (the room is what it loses).
 */
export function fitDomain(items: readonly TimelineItem[], padding = 0.05): View | undefined {
  if (items.length === 0) return undefined;
  const [min, max] = knownSpan(items);
  const span = max - min;
  // Never finer than the data: items known to the day or coarser are fitted in a week at least,
  // so that the axis names days and a day's point does not stand at an hour ("3:00 AM").
  const least = items.some((i) => i.from.precision === 'time') ? ZOOM_LIMITS.minSpan : 7 * DAY;
  const room = span === 0 ? DAY : Math.max(span * padding, (least - span) / 2);
  return clampView([min - room, max + room]);
}

/**
 * The span of what is known of the items: an open range (`..`) counts by its known date only,
 * the whole period of it (the month of `2024-03 ..`: a story of that range alone is fitted
 * around March, not the instant it began), so that its open side reaches to the edge of the
 * fitted view instead of widening it.
 */
export function knownSpan(items: readonly TimelineItem[]): readonly [number, number] {
  return remembered(spans, items, () => {
    let lo = Infinity;
    let hi = -Infinity;
    for (const item of items) {
      // (An open range's `from` is its known date, its start's or, of an unknown start, its end's.)
      const start = item.open ? item.from.startMs : item.start;
      const end = item.open ? item.from.endMs : item.end;
      if (start < lo) lo = start;
      if (end > hi) hi = end;
    }
    return [lo, hi];
  });
}

/**
 * knownSpan per list of items, told once: a list is not changed once read (an open range's
 * unknown end is set after reading, and the span never counts it).
 */
const spans = new WeakMap<readonly TimelineItem[], [number, number]>();
