import type { TimelineModel } from '../model.js';
import type { TimelineProblem } from '../types.js';

/** The shapes of data the element reads, as `timeline-load` reports them. */
export type TimelineFormat = 'event-timeline' | 'timelinejs' | 'vis' | 'csv' | 'list';

/**
 * Data of any format, turned into the element's own document so that one validation reads them
 * all. What only the source format can say wrong (a month 13 in a TimelineJS date) the reader
 * says itself; the rest the validation says, and `finishImport` puts it in the source's words.
 */
export interface Imported {
  format: TimelineFormat;
  /** An event-timeline document (or, for that format, the data as given, not yet read). */
  data: unknown;
  /** For each entry of `data.events`, its position in the source; absent when they are the same. */
  rows?: readonly number[];
  /**
   * How many entries the source's list has (events, items, rows), those left out or read as
   * eras too: the items added with `addEvents()` count on from it in problems, as data-format.md says.
   */
  entries?: number;
  /** For each entry of `data.eras`, its position in the source's own list of eras, where it has one (TimelineJS). */
  eraRows?: readonly number[];
  /**
   * Where eras are entries of the source (vis background items, sheet rows of type era): the
   * list's name in problems (`items`, `rows`) and, for each entry of `data.eras`, its position there.
   */
  eraEntries?: { list: string; at: readonly number[] };
  /** What the reader found wrong, at source positions and in the source's field names. */
  problems: readonly TimelineProblem[];
  /**
   * The source's name for each document field it filled, e.g. `date` → `Year`; for a date in
   * columns, also for its time and day (`date:time` → `Time`, `end:day` → `End Day`).
   */
  fields?: Readonly<Record<string, string>>;
}

/** The field a problem names, up to its first `.` or `[` (`sources[0].name` → `sources`). */
function head(field: string): string {
  return /^[^.[]*/.exec(field)![0];
}

/**
 * The problem of an era that is an entry of the source (a background item, a sheet's row), named
 * by its place there (`rows[7]`): an era is no event (index -1), and the events are all kept.
 */
export function eraEntryProblem(at: string, field: string, message: string): TimelineProblem {
  return { index: -1, field: `${at}.${field}`, message: `${at}: ${message}`, kept: true };
}

/** A source's name for a document field, if it has one. */
function own(fields: Imported['fields'], key: string): string | undefined {
  return fields && Object.prototype.hasOwnProperty.call(fields, key) ? fields[key] : undefined;
}

/**
 * Which part of a date a problem of its whole is about, where a source writes a date in columns
 * of its own (a sheet's Year, Month, Day and Time): a time the clocks skip is the Time's, a day
 * the zone skipped the Day's (core/precision.ts says so); anything else is the date's (its Year).
 */
function datePart(message: string): string {
  return message.includes('daylight-saving gap') ? 'time' : message.includes('day this time zone skipped') ? 'day' : '';
}

function inSourceWords(problem: TimelineProblem, imported: Imported): TimelineProblem {
  const era = /^eras\[(\d+)\]/.exec(problem.field);
  const { eraEntries, eraRows } = imported;
  if (era && (eraEntries || eraRows)) {
    // Its field and message in the source's words (`end` → `End Year`, `end_date`), without the era's place.
    const inner = inSourceWords(
      { ...problem, field: problem.field.slice(era[0].length + 1), message: problem.message.slice(era[0].length + 2) },
      { ...imported, eraEntries: undefined, eraRows: undefined },
    );
    const n = Number(era[1]);
    // An era that is an entry of the source: named by the entry's place (`rows[7].End Year`).
    if (eraEntries) return eraEntryProblem(`${eraEntries.list}[${eraEntries.at[n]}]`, inner.field, inner.message);
    // One of the source's list of eras: by its place there (`eras[2]`), not among those read.
    const at = `eras[${eraRows![n]}]`;
    return { ...problem, field: inner.field ? `${at}.${inner.field}` : at, message: `${at}: ${inner.message}` };
  }
  const index = imported.rows?.[problem.index] ?? problem.index;
  const key = head(problem.field);
  const named = own(imported.fields, `${key}:${datePart(problem.message)}`) ?? own(imported.fields, key);
  if (named === undefined) return { ...problem, index };
  const field = named + problem.field.slice(key.length);
  const message = problem.message.startsWith(`${key} `) ? `${named}${problem.message.slice(key.length)}` : problem.message;
  return { ...problem, index, field, message };
}

/**
 * The model of imported data with every problem at its position in the source and in the
 * source's field names, the reader's and the validation's together in source order.
 */
export function finishImport(model: TimelineModel, imported: Imported): TimelineModel {
  if (imported.format === 'event-timeline' && imported.problems.length === 0) return model;
  // Items added with addEvents() come after the source's (index past its last): they are in the
  // element's own format, and their problems stay in its words (`title`, not `text.headline`).
  const fromSource = imported.rows?.length ?? Infinity;
  // An added item's place among the model's items, counted on from the source's entries instead.
  const added = (p: TimelineProblem): TimelineProblem => ({ ...p, index: p.index - fromSource + (imported.entries ?? fromSource) });
  const problems: TimelineProblem[] = [];
  // One problem an entry: what the reader found (a CSV row's open quote) and what the validation
  // found in the same entry are said in one, under the validation's field, kept only if both keep it.
  const at = new Map<number, number>();
  for (const p of [...imported.problems, ...model.problems.map((p) => (p.index < fromSource ? inSourceWords(p, imported) : added(p)))]) {
    const same = p.index >= 0 ? at.get(p.index) : undefined;
    if (same === undefined) {
      if (p.index >= 0) at.set(p.index, problems.length);
      problems.push(p);
    } else {
      const { kept, ...first } = problems[same]!;
      const { kept: alsoKept, ...next } = p;
      problems[same] = { ...first, ...next, message: `${first.message}; ${next.message}`, ...(kept && alsoKept ? { kept } : {}) };
    }
  }
  problems.sort((a, b) => a.index - b.index);
  return { ...model, problems };
}
