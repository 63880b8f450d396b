import type { TimelineEventInput, TimelineGroup, TimelineProblem } from '../types.js';
import { htmlToText } from './html-text.js';
import type { Imported } from './imported.js';
import { SlugMaker } from './slug.js';

type Raw = Record<string, unknown>;

const isRecord = (value: unknown): value is Raw => typeof value === 'object' && value !== null && !Array.isArray(value);
const own = (record: Raw, key: string): unknown => (Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined);

/** The item list of vis-timeline data: a bare array of items, or `{ items, groups? }`. */
function itemsOf(data: unknown): unknown[] | undefined {
  if (Array.isArray(data)) return data;
  if (isRecord(data) && own(data, 'events') === undefined && Array.isArray(own(data, 'items'))) return own(data, 'items') as unknown[];
  return undefined;
}

/** vis-timeline items carry their label in `content`, where the element's events have a `title`. */
export function isVis(data: unknown): boolean {
  if (!Array.isArray(data)) return itemsOf(data) !== undefined;
  return data.some((item) => isRecord(item) && own(item, 'content') !== undefined);
}

class ItemProblem extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

// ECMAScript's time range: a number beyond it names no date.
const MAX_MS = 8.64e15;

/** An instant as ISO text with its offset (Z), without seconds when they are zero. */
function isoOfInstant(ms: number): string {
  const iso = new Date(ms).toISOString();
  return ms % 60_000 === 0 ? iso.replace(/:00\.000Z$/, 'Z') : iso;
}

/**
 * vis-timeline takes an ISO string, a Date or epoch milliseconds. A string keeps its own form
 * (and so its precision: `2024-11` is a month); a Date or a number is an exact instant.
 */
function dateOf(raw: Raw, field: 'start' | 'end'): string | undefined {
  const value = own(raw, field);
  if (value === undefined || value === null || value === '') {
    if (field === 'start') throw new ItemProblem(field, 'start is missing');
    return undefined;
  }
  const ms = value instanceof Date ? value.getTime() : typeof value === 'number' ? value : undefined;
  if (ms !== undefined) {
    if (!Number.isFinite(ms) || Math.abs(ms) > MAX_MS) throw new ItemProblem(field, `${field} is not a date that exists`);
    return isoOfInstant(ms);
  }
  if (typeof value === 'string') return value.trim();
  throw new ItemProblem(field, `${field} must be an ISO 8601 string, a Date or epoch milliseconds`);
}

function idText(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

function plain(value: unknown, lines: boolean): string | undefined {
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') return undefined;
  const text = htmlToText(value, { lines });
  return text === '' ? undefined : text;
}

function readGroups(value: unknown): TimelineGroup[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((g) => {
    const id = isRecord(g) ? idText(own(g, 'id')) : undefined;
    if (!isRecord(g) || id === undefined) return [];
    return [{ id, label: plain(own(g, 'content'), false) ?? id }];
  });
}

/** Where the validation's words for a field are vis-timeline's. */
const FIELDS = { event: 'item', id: 'id', title: 'content', description: 'title', date: 'start', start: 'start', end: 'end', group: 'group' } as const;

/**
 * Reads vis-timeline items into an event-timeline document: `content` (HTML) is the title,
 * the `title` tooltip (HTML) the description. Background items are eras in vis-timeline; the
 * element does not draw eras (yet), so they are left out.
 */
export function readVis(data: unknown): Imported {
  const source = itemsOf(data) ?? [];
  const slugs = new SlugMaker(source.flatMap((e) => (isRecord(e) ? (idText(own(e, 'id')) ?? []) : [])));
  const events: unknown[] = [];
  const rows: number[] = [];
  const problems: TimelineProblem[] = [];
  source.forEach((raw, index) => {
    if (!isRecord(raw)) {
      events.push(raw);
      rows.push(index);
      return;
    }
    if (own(raw, 'type') === 'background') return;
    const given = idText(own(raw, 'id'));
    try {
      const start = dateOf(raw, 'start');
      const end = dateOf(raw, 'end');
      const title = plain(own(raw, 'content'), false);
      const description = plain(own(raw, 'title'), true);
      const group = idText(own(raw, 'group'));
      const event: TimelineEventInput = {
        id: given ?? slugs.next(title ?? 'item'),
        title: title ?? '',
        ...(end !== undefined ? { start, end } : { date: start }),
        ...(description !== undefined ? { description } : {}),
        ...(group !== undefined ? { group } : {}),
      };
      events.push(event);
      rows.push(index);
    } catch (e) {
      if (!(e instanceof ItemProblem)) throw e;
      problems.push({ index, ...(given !== undefined ? { id: given } : {}), field: e.field, message: e.message });
    }
  });
  const groups = Array.isArray(data) ? [] : readGroups(own(data as Raw, 'groups'));
  return {
    format: 'vis',
    data: { ...(groups.length > 0 ? { groups } : {}), events },
    rows,
    problems,
    fields: FIELDS,
  };
}
