import type { Zone } from 'luxon';
import { readPreciseDate, type PreciseDate } from './precision.js';
import type { Era, Reference, TimelineItem, TimelineModel } from './model.js';
import { knownSpan } from './domain.js';
import { modelNeedsDateWords } from './date-words.js';
import { labelRanks } from './label-rank.js';
import { itemColumns } from './item-columns.js';
import { sortByTimeSteps } from './time-order.js';
import { allSteps } from './steps.js';
import { safeHttpUrl } from './links.js';
import type { TimelineGroup, TimelineMedia, TimelineProblem, TimelineSource } from './types.js';
import { hasVisibleCharacter } from './visible-text.js';
import { isRecord, own, type Raw } from './import/raw.js';
import { isKnownZone, luxonZone } from './zones.js';

/** A document too broken to show anything: not JSON, not a list, an unknown zone. */
export class TimelineDataError extends Error {
  override name = 'TimelineDataError';
}

/**
 * Beyond these the tab would freeze before the user saw anything; refuse instead.
 * maxTextLength counts characters of JSON text, and bytes of a `src` body as sent.
 */
export const LIMITS = { maxEvents: 200_000, maxTextLength: 32 * 1024 * 1024, maxFieldLength: 100_000 } as const;

/** The readable refusal of data that is neither a list of events nor an object (a JSON string, a number). */
export function notADocumentError(): TimelineDataError {
  return new TimelineDataError('The data must be a list of events or an object with "events".');
}

/** The readable refusal of a document over LIMITS.maxTextLength. */
export function tooLargeError(): TimelineDataError {
  return new TimelineDataError(`The data is larger than ${LIMITS.maxTextLength / 1024 / 1024} MiB.`);
}

class EventProblem extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

function optionalText(raw: Raw, field: string): string | undefined {
  const value = own(raw, field);
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw new EventProblem(field, `${field} must be text`);
  if (value.length > LIMITS.maxFieldLength) throw new EventProblem(field, `${field} is longer than ${LIMITS.maxFieldLength} characters`);
  return value.trim() === '' ? undefined : value;
}

function requiredText(raw: Raw, field: string): string {
  const value = optionalText(raw, field);
  if (value === undefined) throw new EventProblem(field, `${field} is missing`);
  return value;
}

/**
 * Whether the period `to` is over before `from` begins. A period ends where the next begins,
 * so an end of 2024-09 ends where a start of 2024-10 begins and is before it; an instant
 * ends where it begins and may be `from` itself.
 */
const endsBefore = (to: PreciseDate, from: PreciseDate) => Math.max(to.startMs, to.endMs - 1) < from.startMs;

/** A date field as given: one that is `null`, empty or only white space counts as absent, as any field does. */
function given(raw: Raw, field: string): unknown {
  const value = own(raw, field);
  return value === null || (typeof value === 'string' && value.trim() === '') ? undefined : value;
}

function readDate(raw: Raw, field: string, zone: Zone): PreciseDate {
  return dateOf(own(raw, field), field, zone);
}

/** A field's value read as a date, or the problem with it. */
function dateOf(value: unknown, field: string, zone: Zone): PreciseDate {
  const read = readPreciseDate(value, zone);
  if (typeof read === 'string') throw new EventProblem(field, `${field} ${read}`);
  return read;
}

const NO_SOURCES: readonly TimelineSource[] = Object.freeze([]);

function readSources(raw: Raw, zone: Zone): readonly TimelineSource[] {
  const value = own(raw, 'sources');
  if (value === undefined || value === null) return NO_SOURCES;
  if (!Array.isArray(value)) throw new EventProblem('sources', 'sources must be a list');
  return value.map((entry, i) => {
    const field = `sources[${i}]`;
    if (!isRecord(entry)) throw new EventProblem(field, `${field} must be an object with a name`);
    try {
      const name = requiredText(entry, 'name');
      const url = optionalText(entry, 'url');
      const date = optionalText(entry, 'date');
      if (date !== undefined) readDate(entry, 'date', zone);
      return { name, ...(url ? { url } : {}), ...(date ? { date } : {}) };
    } catch (e) {
      if (e instanceof EventProblem) throw new EventProblem(`${field}.${e.field}`, `${field}: ${e.message}`);
      throw e;
    }
  });
}

/**
 * The event's picture. A picture that cannot be shown honestly (no alt text, an address that is
 * not http or https) is left out and reported through `refuse`; the event itself stays.
 */
function readMedia(raw: Raw, refuse: (problem: EventProblem) => void): TimelineMedia | undefined {
  const value = own(raw, 'media');
  // Most items have none: no closure (and no context V8 allocates for it) on their way.
  return value === undefined || value === null ? undefined : readMediaObject(value, refuse);
}

function readMediaObject(value: unknown, refuse: (problem: EventProblem) => void): TimelineMedia | undefined {
  try {
    if (!isRecord(value)) throw new EventProblem('media', 'media must be an object with url and alt');
    const text = (field: string) => {
      try {
        return optionalText(value, field);
      } catch (e) {
        throw e instanceof EventProblem ? new EventProblem(`media.${field}`, `media.${e.message}`) : e;
      }
    };
    const url = safeHttpUrl(text('url'));
    if (!url) throw new EventProblem('media.url', 'media.url must be an http or https address');
    const alt = text('alt');
    if (alt === undefined) throw new EventProblem('media.alt', 'media.alt is missing: describe the image for those who cannot see it');
    const caption = text('caption');
    const credit = text('credit');
    const given = text('link');
    const link = safeHttpUrl(given);
    if (given !== undefined && !link) throw new EventProblem('media.link', 'media.link must be an http or https address');
    return { url, alt, ...(caption ? { caption } : {}), ...(credit ? { credit } : {}), ...(link ? { link } : {}) };
  } catch (e) {
    if (!(e instanceof EventProblem)) throw e;
    refuse(e);
    return undefined;
  }
}

function readEvent(
  raw: unknown,
  index: number,
  zone: Zone,
  seen: ReadonlyMap<string, TimelineItem>,
  refuse: (problem: EventProblem) => void,
): TimelineItem {
  if (!isRecord(raw)) throw new EventProblem('event', 'an event must be an object');
  const idValue = docText(raw, 'id');
  if (idValue === undefined) throw new EventProblem('id', 'id must be non-empty text');
  if (seen.has(idValue)) throw new EventProblem('id', `id "${idValue}" is used by an earlier event`);
  const title = requiredText(raw, 'title');
  // A title of zero-width characters would be drawn as nothing, like a blank one.
  if (!hasVisibleCharacter(title)) throw new EventProblem('title', 'title has no visible character');
  // Each date field is read once (an own-property check and a read each, for every item).
  const dateValue = given(raw, 'date');
  const startValue = given(raw, 'start');
  const endValue = given(raw, 'end');
  const hasDate = dateValue !== undefined;
  const hasStart = startValue !== undefined;
  const hasEnd = endValue !== undefined;
  if (hasDate && hasStart) throw new EventProblem('date', 'give either date or start, not both');
  if (!hasDate && !hasStart) throw new EventProblem('date', 'date (or start) is missing');
  if (hasDate && hasEnd) throw new EventProblem('end', 'end goes with start, not with date');
  const openStart = hasStart && startValue === '..';
  const openEnd = hasEnd && endValue === '..';
  if (openStart && (!hasEnd || openEnd)) throw new EventProblem('start', 'an unknown start ("..") needs a known end');
  // An unknown start is anchored at the end: `from` and `to` are both the end date.
  const from = openStart ? dateOf(endValue, 'end', zone) : hasDate ? dateOf(dateValue, 'date', zone) : dateOf(startValue, 'start', zone);
  const to = hasEnd && !openEnd ? dateOf(endValue, 'end', zone) : undefined;
  if (to && !openStart && endsBefore(to, from)) throw new EventProblem('end', 'end is before start');
  const description = optionalText(raw, 'description');
  const place = optionalText(raw, 'place');
  const quote = optionalText(raw, 'quote');
  const group = optionalText(raw, 'group');
  const sources = readSources(raw, zone);
  const media = readMedia(raw, refuse);
  const start = from.startMs;
  const end = Math.max(start, (to ?? from).endMs);
  const coarse = from.precision !== 'day' && from.precision !== 'time';
  // Every event has every key (absent ones undefined): one object shape keeps the layout code
  // that reads 100,000 of them fast. Dates are read without a wrapper object each.
  const open = openStart ? 'start' : openEnd ? 'end' : undefined;
  return { index, id: idValue, title, description, place, quote, group, sources, media, from, to, start, end, kind: to || coarse || open ? 'band' : 'point', open };
}

/** A text field that says something (not blank), or undefined. */
function docText(doc: Raw, key: string): string | undefined {
  const value = own(doc, key);
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/** Turns JSON text into data, or says plainly why it cannot. */
export function parseJsonText(text: string): unknown {
  if (text.length > LIMITS.maxTextLength) {
    throw tooLargeError();
  }
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') throw new TimelineDataError('The data is empty.');
  try {
    return JSON.parse(body) as unknown;
  } catch (e) {
    throw new TimelineDataError(`The data is not valid JSON: ${(e as Error).message}`);
  }
}

/**
 * Validates a document (or a bare array of events). Dates without an offset are read in
 * the document's `timeZone`, else `fallbackZone`. Every event that is valid is kept, in
 * time order; each one that is not becomes a problem naming its index and field.
 * Throws TimelineDataError only when the document as a whole is unusable.
 */
export function parseTimeline(data: unknown, fallbackZone: string): TimelineModel {
  return allSteps(parseTimelineSteps(data, () => fallbackZone, 2000));
}

/**
 * How many events a document may have before the element reads it in slices between tasks.
 * At 20,000 a document of 10,000 was read in one task of 200–400 ms; read in slices it loads in
 * tasks of 85–146 ms at the same cold-render time (bench, 1 December, alternated runs).
 */
export const READ_IN_SLICES_ABOVE = 5_000;

/**
 * The same reading as parseTimeline, one slice at a time: it yields how many events it has
 * read before every `slice` of them, so that a caller can let the page breathe in between.
 * `fallbackZone` is asked first, in the first step: in a page the first zone checked builds its
 * first Intl formatter (40 ms here), and a large document's first step does only that.
 */
export function* parseTimelineSteps(data: unknown, fallbackZone: () => string, slice: number): Generator<number, TimelineModel, void> {
  const fallback = fallbackZone();
  if (!Array.isArray(data) && !isRecord(data)) {
    throw notADocumentError();
  }
  const doc: Raw = Array.isArray(data) ? { events: data } : data;
  const events = own(doc, 'events');
  if (!Array.isArray(events)) throw new TimelineDataError('The data has no "events" list.');
  if (events.length > LIMITS.maxEvents) {
    throw new TimelineDataError(`The data has ${events.length} events; at most ${LIMITS.maxEvents} are shown.`);
  }
  const timeZone = docText(doc, 'timeZone');
  if (timeZone !== undefined && !isKnownZone(timeZone)) {
    throw new TimelineDataError(`Unknown time zone "${timeZone}".`);
  }
  // One zone object for every date: luxon would otherwise look the name up per date. "UTC" is
  // luxon's fixed zero offset, read without asking Intl (its first offset costs a cold page 15 ms).
  const zone = luxonZone(timeZone ?? fallback);
  const groups: TimelineGroup[] = [];
  const listed = own(doc, 'groups');
  if (listed !== undefined && listed !== null) {
    if (!Array.isArray(listed)) throw new TimelineDataError('"groups" must be a list of { id, label }');
    const ids = new Set<string>();
    for (const entry of listed) {
      if (!isRecord(entry)) continue;
      const id = own(entry, 'id');
      const label = own(entry, 'label');
      if (typeof id !== 'string' || ids.has(id)) continue;
      ids.add(id);
      // A label that is not text, or has nothing to see (white space, zero-width characters), is the id.
      groups.push({ id, label: typeof label === 'string' && hasVisibleCharacter(label) ? label : id });
    }
  }
  const items: TimelineItem[] = [];
  const problems: TimelineProblem[] = [];
  const byId = new Map<string, TimelineItem>();
  // One pair of closures for the whole read, not a pair per event (10,000 events, 20,000 closures).
  let index = 0;
  let raw: unknown;
  const idOf = () => {
    const id = isRecord(raw) ? own(raw, 'id') : undefined;
    return typeof id === 'string' ? { id } : {};
  };
  const refuse = (e: EventProblem) => problems.push({ index, ...idOf(), field: e.field, message: e.message, kept: true });
  for (; index < events.length; index++) {
    // A step ends before every `slice` of events, the first too: the zones asked for above (the
    // page's first Intl formatter, often) are a step of their own.
    if (index % slice === 0) yield index;
    raw = events[index];
    try {
      const item = readEvent(raw, index, zone, byId, refuse);
      byId.set(item.id, item);
      items.push(item);
    } catch (e) {
      if (!(e instanceof EventProblem)) throw e;
      problems.push({ index, ...idOf(), field: e.field, message: e.message });
    }
  }
  // Sorting is a slice's work of its own: a reader in slices may start it in a new task (one that
  // takes every step at once, parseTimeline, passes over these steps' ends).
  yield events.length;
  // The document's eras and reference lines. One that cannot be read is left out and reported as
  // a problem (index -1: it is not an item; field `eras[2].start`), and the items still show.
  const eras: Era[] = [];
  const references: Reference[] = [];
  const each = (key: 'eras' | 'references', read: (raw: Raw) => void) => {
    const list = own(doc, key);
    if (list === undefined || list === null) return;
    if (!Array.isArray(list)) return void problems.push({ index: -1, field: key, message: `${key} must be a list`, kept: true });
    list.forEach((raw, i) => {
      try {
        if (!isRecord(raw)) throw new EventProblem('', 'must be an object');
        read(raw);
      } catch (e) {
        if (!(e instanceof EventProblem)) throw e;
        const field = `${key}[${i}]${e.field ? `.${e.field}` : ''}`;
        problems.push({ index: -1, field, message: `${key}[${i}]: ${e.message}`, kept: true });
      }
    });
  };
  each('eras', (raw) => {
    const title = requiredText(raw, 'title');
    const from = readDate(raw, 'start', zone);
    const to = readDate(raw, 'end', zone);
    if (endsBefore(to, from)) throw new EventProblem('end', 'end is before start');
    const group = optionalText(raw, 'group');
    eras.push({ title, from, to, start: from.startMs, end: Math.max(from.startMs, to.endMs), ...(group ? { group } : {}) });
  });
  each('references', (raw) => {
    const title = requiredText(raw, 'title');
    const date = readDate(raw, 'date', zone);
    references.push({ title, date, at: date.startMs });
  });
  eras.sort((a, b) => a.start - b.start || a.end - b.end);
  references.sort((a, b) => a.at - b.at);
  // Open ranges reach to the edge of the fitted view (the other items' span and 5% of it, as
  // core/domain.ts fits): an ongoing one to its right edge, one with an unknown start from its left.
  if (items.some((item) => item.open)) {
    const [lo, hi] = knownSpan(items);
    const pad = hi > lo ? (hi - lo) * 0.05 : 86_400_000;
    for (const item of items) {
      if (item.open === 'end') item.end = Math.max(item.end, hi + pad);
      if (item.open === 'start') item.start = Math.min(item.start, lo - pad);
    }
  }
  const sorting = sortByTimeSteps(items);
  let sorted = sorting.next();
  for (; !sorted.done; sorted = sorting.next()) yield events.length;
  // The groups (a pass over every item) in a step of their own, after the sort's last.
  yield events.length;
  const inOrder = sorted.value;
  // An event may name a group the document did not list; it still gets a row.
  const known = new Set(groups.map((g) => g.id));
  for (const item of inOrder) {
    if (item.group !== undefined && !known.has(item.group)) {
      known.add(item.group);
      groups.push({ id: item.group, label: item.group });
    }
  }
  const title = docText(doc, 'title');
  const lang = docText(doc, 'lang');
  const model: TimelineModel = {
    ...(title !== undefined ? { title } : {}),
    ...(lang !== undefined ? { lang } : {}),
    ...(timeZone !== undefined ? { timeZone } : {}),
    groups,
    eras,
    references,
    items: inOrder,
    byId,
    problems,
  };
  if (events.length > slice) {
    // What the first picture reads of every item (the ranks of labels, the items' columns, the
    // span, whether any date needs the rarer dates' words), each told once per list and each a
    // step of its own (at 100,000 items 10-15 ms each in a cold page): inside that picture's task
    // they were about a third of it, and would hold the page that much longer.
    for (const tell of [() => labelRanks(inOrder), () => itemColumns(inOrder), () => knownSpan(inOrder), () => modelNeedsDateWords(model)]) {
      yield events.length;
      tell();
    }
  }
  return model;
}
