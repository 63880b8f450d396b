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
    labels.set(item, label);
  }
  return label;
}
