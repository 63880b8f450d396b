import type { TimelineEventInput, TimelineProblem } from '../types.js';
import { anyPart, isoFromParts, PartProblem, type DateParts, type PartNames } from './date-parts.js';
import { htmlToText } from './html-text.js';
import type { Imported } from './imported.js';
import { SlugMaker } from './slug.js';

type Raw = Record<string, unknown>;

const isRecord = (value: unknown): value is Raw => typeof value === 'object' && value !== null && !Array.isArray(value);
const own = (record: Raw, key: string): unknown => (Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined);

/**
 * TimelineJS JSON: `{ title?, events: [{ start_date, end_date?, text, … }], eras? }`. Its events
 * have a `start_date` object where the element's have a `date` string, and its title is a slide.
 */
export function isTimelineJs(data: unknown): data is Raw {
  if (!isRecord(data)) return false;
  const events = own(data, 'events');
  if (!Array.isArray(events)) return false;
  return isRecord(own(data, 'title')) || Array.isArray(own(data, 'eras')) || events.some((e) => isRecord(e) && isRecord(own(e, 'start_date')));
}

function names(prefix: string): PartNames {
  return {
    year: `${prefix}.year`,
    month: `${prefix}.month`,
    day: `${prefix}.day`,
    hour: `${prefix}.hour`,
    minute: `${prefix}.minute`,
    second: `${prefix}.second`,
    millisecond: `${prefix}.millisecond`,
  };
}

/** HTML text of a slide, as plain text; anything that is not text counts as absent. */
function slideText(slide: unknown, key: 'headline' | 'text'): string | undefined {
  const text = isRecord(slide) ? own(slide, 'text') : undefined;
  const value = isRecord(text) ? own(text, key) : undefined;
  if (typeof value !== 'string') return undefined;
  const plain = htmlToText(value, { lines: key === 'text' });
  return plain === '' ? undefined : plain;
}

function idText(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

function dateOf(raw: Raw, key: 'start_date' | 'end_date'): string | undefined {
  const parts = own(raw, key);
  if (parts === undefined || parts === null) {
    if (key === 'start_date') throw new PartProblem(key, `${key} is missing`);
    return undefined;
  }
  if (!isRecord(parts)) throw new PartProblem(key, `${key} must be an object with a year`);
  if (key === 'end_date' && !anyPart(parts as DateParts)) return undefined;
  return isoFromParts(parts as DateParts, names(key));
}

/** Where the validation's words for a field are TimelineJS's. */
const FIELDS = {
  event: 'event',
  id: 'unique_id',
  title: 'text.headline',
  description: 'text.text',
  date: 'start_date',
  start: 'start_date',
  end: 'end_date',
  group: 'group',
} as const;

/**
 * Reads TimelineJS JSON into an event-timeline document. Headlines and texts are HTML there and
 * become plain text; an event without `unique_id` gets a slug of its headline. Media,
 * backgrounds, display dates and eras are not shown by the element (yet) and are left out.
 */
export function readTimelineJs(data: Raw): Imported {
  const source = own(data, 'events') as unknown[];
  const slugs = new SlugMaker(source.flatMap((e) => (isRecord(e) ? (idText(own(e, 'unique_id')) ?? []) : [])));
  const events: unknown[] = [];
  const rows: number[] = [];
  const problems: TimelineProblem[] = [];
  source.forEach((raw, index) => {
    if (!isRecord(raw)) {
      events.push(raw);
      rows.push(index);
      return;
    }
    const given = idText(own(raw, 'unique_id'));
    try {
      const start = dateOf(raw, 'start_date');
      const end = dateOf(raw, 'end_date');
      const headline = slideText(raw, 'headline');
      const text = slideText(raw, 'text');
      // A slide may have only a text; its first words are then what a reader knows it by.
      const title = headline ?? text?.replace(/\n/g, ' ');
      const group = idText(own(raw, 'group'));
      const event: TimelineEventInput = {
        id: given ?? slugs.next(title ?? 'event'),
        title: title ?? '',
        ...(end !== undefined ? { start, end } : { date: start }),
        ...(headline !== undefined && text !== undefined ? { description: text } : {}),
        ...(group !== undefined ? { group } : {}),
      };
      events.push(event);
      rows.push(index);
    } catch (e) {
      if (!(e instanceof PartProblem)) throw e;
      problems.push({ index, ...(given !== undefined ? { id: given } : {}), field: e.field, message: e.message });
    }
  });
  const titleSlide = own(data, 'title');
  const title = isRecord(titleSlide) ? slideText(titleSlide, 'headline') : typeof titleSlide === 'string' ? htmlToText(titleSlide, { lines: false }) : undefined;
  return {
    format: 'timelinejs',
    data: { ...(title ? { title } : {}), events },
    rows,
    problems,
    fields: FIELDS,
  };
}
