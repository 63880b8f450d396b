import type { TimelineEventInput, TimelineProblem } from '../types.js';
import { isRecord, own, type Raw } from './raw.js';

export { isRecord, own, type Raw };

/** An id as the source gives it: text, or a number as vis-timeline allows. */
export function idText(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/** What only the source format can say is wrong with an entry, in the source's field name. */
export class FieldProblem extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

export interface Entries {
  events: unknown[];
  rows: number[];
  problems: TimelineProblem[];
}

/**
 * Converts each entry of a source list and remembers where it stood. `convert` returns the
 * event (from the entry and its position), undefined to leave the entry out (an era, a blank
 * row), or throws a FieldProblem; an entry that is not an object is passed on for the
 * validation to name.
 */
export function convertEntries(
  source: readonly unknown[],
  convert: (raw: Raw, index: number) => ImportedEvent | undefined,
  idOf: (raw: Raw) => string | undefined = () => undefined,
): Entries {
  const out: Entries = { events: [], rows: [], problems: [] };
  source.forEach((raw, index) => {
    try {
      const event = isRecord(raw) ? convert(raw, index) : raw;
      if (event === undefined) return;
      out.events.push(event);
      out.rows.push(index);
    } catch (e) {
      if (!(e instanceof FieldProblem)) throw e;
      const id = idOf(raw as Raw);
      out.problems.push({ index, ...(id !== undefined ? { id } : {}), field: e.field, message: e.message });
    }
  });
  return out;
}

/**
 * Eras and media in the shapes of the element's own format to come (issue 13): the readers fill
 * them from what the source has, so that they are there once the element reads and draws them.
 * Until then the validation passes them over.
 */
export interface ImportedEra {
  title: string;
  start: string;
  /** Missing where the source gave none: the check of eras reports it. */
  end: string | undefined;
  group?: string;
}

export interface ImportedMedia {
  url: string;
  alt?: string;
  caption?: string;
  credit?: string;
  link?: string;
}

// Media as the source gave it: without alt text it becomes a problem when the document is read.
export type ImportedEvent = Omit<TimelineEventInput, 'media'> & { media?: ImportedMedia };

const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);

/** Media from its parts, captions and credits (HTML in TimelineJS) as plain text; none without a URL. */
export function mediaOf(parts: { url?: unknown; alt?: unknown; caption?: unknown; credit?: unknown; link?: unknown }, plain: (html: string) => string): ImportedMedia | undefined {
  const url = text(parts.url);
  if (url === undefined) return undefined;
  const words = (value: unknown) => {
    const t = text(value);
    return t === undefined ? undefined : plain(t) || undefined;
  };
  const alt = words(parts.alt);
  const caption = words(parts.caption);
  const credit = words(parts.credit);
  const link = text(parts.link);
  return { url, ...(alt ? { alt } : {}), ...(caption ? { caption } : {}), ...(credit ? { credit } : {}), ...(link ? { link } : {}) };
}
