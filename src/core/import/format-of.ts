import { isRecord, own, type Raw } from './raw.js';
import type { TimelineFormat } from './imported.js';

/**
 * What shape data has, told without reading it: cheap enough for every document the element
 * gets, so that the readers of other formats (src/core/import/readers.ts) are loaded only for
 * data that needs them.
 */

// The single-file bundle and its readers (dist/event-timeline-readers.js) are built apart, each
// with its own CsvText class (csv-text.ts): `instanceof` would not know the other's. A
// registered symbol is the same in both.
export const CSV = Symbol.for('event-timeline/csv-text');

/** The item list of vis-timeline data: a bare array of items, or `{ items, groups? }`. */
export function itemsOf(data: unknown): unknown[] | undefined {
  if (Array.isArray(data)) return data;
  if (isRecord(data) && own(data, 'events') === undefined && Array.isArray(own(data, 'items'))) return own(data, 'items') as unknown[];
  return undefined;
}

/** The format of data as it came, by its shape; anything not recognised is the element's own. */
export function formatOf(data: unknown): TimelineFormat {
  if (typeof data === 'object' && data !== null && (data as { [CSV]?: unknown })[CSV] === true) return 'csv';
  // TimelineJS JSON: `{ title?, events: [{ start_date, end_date?, text, … }], eras? }`. Its events
  // have a `start_date` object where the element's have a `date` string, and its title is a slide.
  const events = isRecord(data) ? own(data, 'events') : undefined;
  if (Array.isArray(events)) {
    // Eras alone do not tell: the element's own documents have eras too, with string dates.
    const eras = own(data as Raw, 'eras');
    const slides = [...events, ...(Array.isArray(eras) ? eras : [])];
    if (isRecord(own(data as Raw, 'title')) || slides.some((e) => isRecord(e) && isRecord(own(e, 'start_date')))) return 'timelinejs';
  }
  // vis-timeline items carry their label in `content`, where the element's events have a `title`,
  // and never a `date`: a list with a `date` anywhere is the element's own. A date tells first:
  // the element's own documents give one in their first items, so the answer takes a few items,
  // not a pass over 100,000.
  const has = (key: string) => (data as unknown[]).some((item) => isRecord(item) && own(item, key) !== undefined);
  if (Array.isArray(data) ? !has('date') && has('content') : itemsOf(data) !== undefined) return 'vis';
  return 'event-timeline';
}
