import { anyPart, isoFromParts, PART_KEYS, type DateParts } from './date-parts.js';
import { convertEntries, FieldProblem, idText, isRecord, mediaOf, own, withLinks, type ImportedEra, type ImportedEvent, type Raw } from './entries.js';
import { htmlToText } from './html-text.js';
import type { Imported } from './imported.js';
import { SlugMaker } from './slug.js';
import type { TimelineProblem } from '../types.js';

/** HTML text of a slide, as plain text; anything that is not text counts as absent. */
function slideText(slide: unknown, key: 'headline' | 'text'): string | undefined {
  const text = isRecord(slide) ? own(slide, 'text') : undefined;
  const value = isRecord(text) ? own(text, key) : undefined;
  return typeof value === 'string' ? htmlToText(value, { lines: key === 'text' }) || undefined : undefined;
}

/** The HTML of a slide's text, or nothing. */
function slideHtml(slide: Raw): string {
  const text = own(slide, 'text');
  const value = isRecord(text) ? own(text, 'text') : undefined;
  return typeof value === 'string' ? value : '';
}

function dateOf(raw: Raw, key: 'start_date' | 'end_date'): string | undefined {
  const parts = own(raw, key);
  if (parts === undefined || parts === null) {
    if (key === 'start_date') throw new FieldProblem(key, `${key} is missing`);
    return undefined;
  }
  if (!isRecord(parts)) throw new FieldProblem(key, `${key} must be an object with a year`);
  if (key === 'end_date' && !anyPart(parts as DateParts)) return undefined;
  return isoFromParts(parts as DateParts, Object.fromEntries(PART_KEYS.map((p) => [p, `${key}.${p}`])) as Record<(typeof PART_KEYS)[number], string>);
}

/** Where the validation's words for a field are TimelineJS's. */
const FIELDS = { id: 'unique_id', title: 'text.headline', description: 'text.text', date: 'start_date', start: 'start_date', end: 'end_date' };

const plainText = (html: string) => htmlToText(html, { lines: false });

/**
 * An era `{ start_date, end_date, text: { headline } }` (its text alone when it has no headline,
 * as an event's). One that cannot be read is left out and reported as the element reports its
 * own eras: index -1, kept, the field under `eras[i]`.
 */
function eraOf(raw: unknown, i: number, problems: TimelineProblem[]): ImportedEra[] {
  try {
    if (!isRecord(raw)) throw new FieldProblem('', 'must be an object');
    const start = dateOf(raw, 'start_date')!;
    const title = slideText(raw, 'headline') ?? slideText(raw, 'text')?.replace(/\n/g, ' ');
    if (title === undefined) throw new FieldProblem('text.headline', 'text.headline is missing');
    // No end is no era, as in the element's own eras (and TimelineJS's).
    const end = dateOf(raw, 'end_date');
    if (end === undefined) throw new FieldProblem('end_date', 'end_date is missing: an era is a period');
    return [{ title, start, end }];
  } catch (e) {
    if (!(e instanceof FieldProblem)) throw e;
    problems.push({ index: -1, field: `eras[${i}]${e.field ? `.${e.field}` : ''}`, message: `eras[${i}]: ${e.message}`, kept: true });
    return [];
  }
}

/**
 * Reads TimelineJS JSON into an event-timeline document. Headlines and texts are HTML there and
 * become plain text; an event without `unique_id` gets a slug of its headline. Media and eras are
 * kept in the shapes of the element's format; backgrounds and display dates are left out.
 */
export function readTimelineJs(data: Raw): Imported {
  const source = own(data, 'events') as unknown[];
  const givenId = (raw: Raw) => idText(own(raw, 'unique_id'));
  const slugs = new SlugMaker(source.flatMap((e) => (isRecord(e) ? (givenId(e) ?? []) : [])));
  const { events, rows, problems } = convertEntries(
    source,
    (raw): ImportedEvent => {
      const start = dateOf(raw, 'start_date');
      const end = dateOf(raw, 'end_date');
      const headline = slideText(raw, 'headline');
      const text = slideText(raw, 'text');
      // A slide may have only a text; its words are then what a reader knows it by.
      const title = headline ?? text?.replace(/\n/g, ' ');
      const group = idText(own(raw, 'group'));
      const m = own(raw, 'media');
      const { media, source } = isRecord(m) ? mediaOf({ url: own(m, 'url'), alt: own(m, 'alt'), caption: own(m, 'caption'), credit: own(m, 'credit'), link: own(m, 'link') }, plainText) : {};
      const sources = withLinks(source, slideHtml(raw));
      return {
        id: givenId(raw) ?? slugs.next(title ?? 'event'),
        title: title ?? '',
        ...(end !== undefined ? { start, end } : { date: start }),
        ...(headline !== undefined && text !== undefined ? { description: text } : {}),
        ...(group !== undefined ? { group } : {}),
        ...(media ? { media } : {}),
        ...(sources.length > 0 ? { sources } : {}),
      };
    },
    givenId,
  );
  const titleSlide = own(data, 'title');
  const title = typeof titleSlide === 'string' ? htmlToText(titleSlide, { lines: false }) : slideText(titleSlide, 'headline');
  const eraList = own(data, 'eras');
  const eraProblems: TimelineProblem[] = [];
  // Each era read keeps its place in the source: the validation's problems name that one.
  const eraRows: number[] = [];
  const eras = Array.isArray(eraList) ? eraList.flatMap((raw, i) => eraOf(raw, i, eraProblems).map((era) => (eraRows.push(i), era))) : [];
  return {
    format: 'timelinejs',
    data: { ...(title ? { title } : {}), ...(eras.length > 0 ? { eras } : {}), events },
    rows,
    entries: source.length,
    eraRows,
    problems: [...problems, ...eraProblems],
    fields: FIELDS,
  };
}
