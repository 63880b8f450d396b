import type { TimelineEventInput, TimelineGroup, TimelineProblem } from '../types.js';
import { convertEntries, FieldProblem, idText, isRecord, own, type ImportedEra, type Raw } from './entries.js';
import { itemsOf } from './format-of.js';
import { htmlToText } from './html-text.js';
import { eraEntryProblem, type Imported } from './imported.js';
import { SlugMaker } from './slug.js';

// ECMAScript's time range: a number beyond it names no date.
const MAX_MS = 8.64e15;

/**
 * vis-timeline takes an ISO string, a Date or epoch milliseconds. A string keeps its own form
 * (and so its precision: `2024-11` is a month); a Date or a number is an exact instant, written
 * with its offset (Z) and without seconds when they are zero.
 */
function dateOf(raw: Raw, field: 'start' | 'end'): string | undefined {
  const value = own(raw, field);
  if (value === undefined || value === null || value === '') {
    if (field === 'start') throw new FieldProblem(field, 'start is missing');
    return undefined;
  }
  // vis-timeline's examples and much of its data write a space where ISO 8601 has a "T".
  if (typeof value === 'string') return value.trim().replace(/^([+-]?\d+-\d\d-\d\d) (?=\d\d:)/, '$1T');
  const ms = value instanceof Date ? value.getTime() : typeof value === 'number' ? value : undefined;
  if (ms === undefined) throw new FieldProblem(field, `${field} must be an ISO 8601 string, a Date or epoch milliseconds`);
  if (!(Math.abs(ms) <= MAX_MS)) throw new FieldProblem(field, `${field} is not a date that exists`);
  const iso = new Date(ms).toISOString();
  return ms % 60_000 === 0 ? iso.replace(/:00\.000Z$/, 'Z') : iso;
}

/** What may follow the period an end names in a start at that period's first instant (`2024-06` of `2024-06-01T00:00`). */
const STARTS_PERIOD = /^(?:-01){0,2}(?:T00:00(?::00(?:\.0+)?)?)?(?:Z|[+-]\d\d:?\d\d)?$/;

/**
 * vis-timeline reads an end written without a time as the instant its day (month, year) begins,
 * and ends the range there: `2024-06-03` ends with 2 June, `2024-07` with June. The element reads
 * an end as its whole period, so the end it is given is the period before, in the same form.
 * Undefined when the range ends at the instant it starts (a point, as vis draws nothing of the
 * range), an end with a time too (a Date or epoch ms is one); one that ends before that instant
 * is refused, as every other reader's and the element's own are (it was drawn as a point at its
 * start, without a word).
 */
export function inclusiveEnd(end: string, start: string): string | undefined {
  const parts = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/.exec(end);
  // A time, or a form vis-timeline does not write: as given (the checks that follow judge it),
  // unless it is the instant the range starts (a time is read alike in both: the document's zone).
  if (!parts) return Date.parse(end) === Date.parse(start) ? undefined : end;
  const same = start.slice(0, end.length);
  if (end < same || (end === same && !STARTS_PERIOD.test(start.slice(end.length)))) throw new FieldProblem('end', 'end is before start');
  if (end === same) return undefined;
  const [y, m, d] = parts.slice(1).map((p) => (p === undefined ? 0 : Number(p))) as [number, number, number];
  // A day, a month or a year back (a day or month of 0 is the last of the one before).
  const date = new Date(0);
  date.setUTCFullYear(m ? y : y - 1, m ? (d ? m - 1 : m - 2) : 0, d ? d - 1 : 1);
  return date.toISOString().slice(0, end.length);
}

function plain(value: unknown, lines: boolean): string | undefined {
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' ? htmlToText(value, { lines }) || undefined : undefined;
}

function readGroups(value: unknown): TimelineGroup[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((g) => {
    const id = isRecord(g) ? idText(own(g, 'id')) : undefined;
    return id === undefined ? [] : [{ id, label: plain(own(g as Raw, 'content'), false) ?? id }];
  });
}

/** Where the validation's words for a field are vis-timeline's. */
const FIELDS = { event: 'item', title: 'content', description: 'title', date: 'start' };

/**
 * Reads vis-timeline items into an event-timeline document: `content` (HTML) is the title,
 * the `title` tooltip (HTML) the description. Background items are eras: they are kept in the
 * document's `eras`, not among the events (the backdrop part draws them).
 */
export function readVis(data: unknown): Imported {
  const source = itemsOf(data) ?? [];
  const givenId = (raw: Raw) => idText(own(raw, 'id'));
  const slugs = new SlugMaker(source.flatMap((e) => (isRecord(e) ? (givenId(e) ?? []) : [])));
  const eras: ImportedEra[] = [];
  const eraEntries: number[] = [];
  const eraProblems: TimelineProblem[] = [];
  const { events, rows, problems } = convertEntries(
    source,
    (raw, index): TimelineEventInput | undefined => {
      const title = plain(own(raw, 'content'), false);
      const group = idText(own(raw, 'group'));
      if (own(raw, 'type') === 'background') {
        try {
          const start = dateOf(raw, 'start')!;
          // A background item is a period: vis-timeline refuses one without an end.
          const given = dateOf(raw, 'end');
          if (given === undefined) throw new FieldProblem('end', 'end is missing: a background item is a period');
          // One that ends before it starts is left to the checks, which say so.
          const end = inclusiveEnd(given, start) ?? given;
          eras.push({ title: title ?? '', start, end, ...(group !== undefined ? { group } : {}) });
          eraEntries.push(index);
        } catch (e) {
          // No event: what cannot be read of it is left out as the element's own eras are.
          if (!(e instanceof FieldProblem)) throw e;
          eraProblems.push(eraEntryProblem(`items[${index}]`, e.field, e.message));
        }
        return undefined;
      }
      // A missing start throws; only an end may be absent.
      const start = dateOf(raw, 'start')!;
      const given = dateOf(raw, 'end');
      const end = given === undefined ? undefined : inclusiveEnd(given, start);
      const description = plain(own(raw, 'title'), true);
      return {
        id: givenId(raw) ?? slugs.next(title ?? 'item'),
        title: title ?? '',
        ...(end !== undefined ? { start, end } : { date: start }),
        ...(description !== undefined ? { description } : {}),
        ...(group !== undefined ? { group } : {}),
      };
    },
    givenId,
  );
  const groups = Array.isArray(data) ? [] : readGroups(own(data as Raw, 'groups'));
  return { format: 'vis', data: { ...(groups.length > 0 ? { groups } : {}), ...(eras.length > 0 ? { eras } : {}), events }, rows, entries: source.length, eraEntries: { list: 'items', at: eraEntries }, problems: [...eraProblems, ...problems], fields: FIELDS };
}
