import type { TimelineItem } from './model.js';
import { labelText } from './visible-text.js';

const labels = new WeakMap<TimelineItem, string>();

/**
 * An event's title as its label and accessible name show it (see labelText), made when first
 * drawn and remembered: of 100,000 events only the few hundred drawn ever need one.
 */
export function itemLabel(item: TimelineItem): string {
  let label = labels.get(item);
  if (label === undefined) {
    label = labelText(item.title);
    // Most titles are their own label, quickly told again: only the others are remembered (a
    // crowded first picture measures about 1,700 labels, and a WeakMap entry each cost more).
    if (label !== item.title) labels.set(item, label);
  }
  return label;
}
