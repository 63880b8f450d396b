import type { TimelineEventInput, TimelineProblem } from '../types.js';
import { isRecord, own, type Raw } from './raw.js';
import { linksOf } from './html-text.js';

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
  /** Every reader refuses an era without one, in its own words ("end_date is missing: an era is a period"). */
  end: string;
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

/**
 * A picture's address as TimelineJS and spreadsheets give it: a file whose name ends in an image
 * type (as TimelineJS itself tells an image from a video or a web page), with or without a query.
 */
const IMAGE = /\.(?:jpe?g|png|gif|webp|avif|svg|bmp)$/i;

/** What a source's media becomes: a picture, or (a video, a post, a page) a link among the sources. */
export interface MediaOf {
  media?: ImportedMedia;
  source?: { name: string; url: string };
}

/**
 * Media from its parts, captions and credits (HTML in TimelineJS) as plain text; nothing
 * without a URL. An address without a scheme (`//upload.wikimedia.org/…`, as TimelineJS's own
 * examples write them) is an https one. A picture's alt text is its own, else its caption: the
 * sources rarely give one (TimelineJS files seldom, sheets in an optional column), and without
 * it every picture of a real story was refused, each with a problem listed above the chart. What
 * is not a picture (YouTube, a tweet, a Wikipedia page: most media of real TimelineJS stories)
 * is no `<img>` the element can draw: it becomes a source, named by its caption (else its
 * credit, else its host), so that the reader can still follow it.
 */
export function mediaOf(parts: { url?: unknown; alt?: unknown; caption?: unknown; credit?: unknown; link?: unknown }, plain: (html: string) => string): MediaOf {
  const given = text(parts.url);
  if (given === undefined) return {};
  const url = given.startsWith('//') ? `https:${given}` : given;
  const words = (value: unknown) => {
    const t = text(value);
    return t === undefined ? undefined : plain(t) || undefined;
  };
  const caption = words(parts.caption);
  const credit = words(parts.credit);
  let address: URL | undefined;
  try {
    address = new URL(url);
  } catch {
    // Not an absolute address: left to the check of media, which says so.
  }
  if (address && /^https?:$/.test(address.protocol) && !IMAGE.test(address.pathname)) {
    return { source: { name: caption ?? credit ?? address.hostname, url } };
  }
  const alt = words(parts.alt) ?? caption;
  const link = text(parts.link);
  return { media: { url, ...(alt ? { alt } : {}), ...(caption ? { caption } : {}), ...(credit ? { credit } : {}), ...(link ? { link } : {}) } };
}

/** An entry's sources: its media when that is no picture, then the links of its text (HTML), each address once. */
export function withLinks(source: MediaOf['source'], html: string): { name: string; url: string }[] {
  const links = linksOf(html);
  return source ? [source, ...links.filter((l) => l.url !== source.url)] : links;
}
