import type { TimelineItem } from './model.js';

const DAY = 86_400_000;

/**
 * The span that shows every event with some room around it: `padding` of the span on each
 * side, and a day either side when all events share one instant.
 */
export function fitDomain(items: readonly TimelineItem[], padding = 0.05): [number, number] | undefined {
  if (items.length === 0) return undefined;
  let min = Infinity;
  let max = -Infinity;
  for (const item of items) {
    if (item.start < min) min = item.start;
    if (item.end > max) max = item.end;
  }
  const span = max - min;
  if (span === 0) return [min - DAY, max + DAY];
  return [min - span * padding, max + span * padding];
}
