import { dsvFormat, type DSVRowString } from 'd3-dsv';
import { TimelineDataError } from '../parse.js';
import type { TimelineEventInput, TimelineProblem } from '../types.js';
import { anyPart, isoFromParts, type DateParts } from './date-parts.js';
import type { CsvText } from './csv-text.js';
import { convertEntries, FieldProblem, mediaOf, withLinks, type ImportedEra, type ImportedEvent } from './entries.js';
import { htmlToText } from './html-text.js';
import { eraEntryProblem, type Imported } from './imported.js';
import { SlugMaker } from './slug.js';

/** A table's columns by their name in lower case, so that `Headline` and `headline` both count. */
type Columns = ReadonlyMap<string, string>;

function columnsOf(names: readonly string[]): Columns {
  const map = new Map<string, string>();
  for (const name of names) {
    const key = name.trim().toLowerCase();
    if (!map.has(key)) map.set(key, name);
  }
  return map;
}

/** A column's name as problems say it: as the header writes it, without the spaces around it (`YEAR ; Month`). */
function nameOf(columns: Columns, key: string): string | undefined {
  return columns.get(key)?.trim();
}

/** A cell's text, or undefined when the column is absent or the cell blank. */
function cell(row: DSVRowString, columns: Columns, name: string): string | undefined {
  const column = columns.get(name);
  const value = column === undefined ? undefined : row[column];
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

const blank = (row: DSVRowString) => Object.values(row).every((v) => v === undefined || v.trim() === '');

/**
 * `14:30`, `14:30:15`, `14:30:15.250`, `2:30 PM`, and as TimelineJS also reads them `1430` and
 * `10.30`: the clock parts of a Time cell.
 */
function clockParts(text: string | undefined, column: string): Pick<DateParts, 'hour' | 'minute' | 'second' | 'millisecond'> {
  if (text === undefined) return {};
  const m = /^(\d{1,2})(?:[:.]?(\d{2})(?::(\d{2})(?:[.,](\d{1,3}))?)?)?\s*([ap])?\.?\s*m?\.?$/i.exec(text);
  if (!m) throw new FieldProblem(column, `${column} must be a time such as 14:30 or 2:30 PM`);
  let hour = Number(m[1]);
  if (m[5]) {
    if (hour < 1 || hour > 12) throw new FieldProblem(column, `${column} must be a time such as 14:30 or 2:30 PM`);
    hour = (hour % 12) + (m[5].toLowerCase() === 'p' ? 12 : 0);
  }
  return {
    hour,
    ...(m[2] !== undefined ? { minute: m[2] } : {}),
    ...(m[3] !== undefined ? { second: m[3] } : {}),
    ...(m[4] !== undefined ? { millisecond: m[4].padEnd(3, '0') } : {}),
  };
}

/** A TimelineJS date from four columns (`Year`…`Time`, or `End Year`…`End Time`), or undefined when all are blank. */
function sheetDate(row: DSVRowString, columns: Columns, prefix: '' | 'end '): string | undefined {
  const name = (part: string) => nameOf(columns, prefix + part) ?? `${prefix ? 'End ' : ''}${part[0]!.toUpperCase()}${part.slice(1)}`;
  const time = cell(row, columns, `${prefix}time`);
  const parts: DateParts = {
    year: cell(row, columns, `${prefix}year`),
    month: cell(row, columns, `${prefix}month`),
    day: cell(row, columns, `${prefix}day`),
    ...clockParts(time, name('time')),
  };
  if (prefix !== '' && !anyPart(parts)) return undefined;
  const t = name('time');
  return isoFromParts(parts, { year: name('year'), month: name('month'), day: name('day'), hour: t, minute: t, second: t, millisecond: t });
}

interface Table {
  rows: DSVRowString[];
  columns: Columns;
}

/** TimelineJS's Google Sheets template: Year, Month, Day, Time, End …, Headline, Text, Type, Group, …. */
function readSheet({ rows, columns }: Table): Imported {
  const slugs = new SlugMaker([]);
  const plain = (html: string | undefined, lines: boolean) => (html === undefined ? undefined : htmlToText(html, { lines }) || undefined);
  let title: string | undefined;
  const eras: ImportedEra[] = [];
  const eraEntries: number[] = [];
  const eraProblems: TimelineProblem[] = [];
  const { events, rows: at, problems } = convertEntries(rows, (row, index): ImportedEvent | undefined => {
    const r = row as DSVRowString;
    if (blank(r)) return undefined;
    const headline = plain(cell(r, columns, 'headline'), false);
    const text = plain(cell(r, columns, 'text'), true);
    const type = cell(r, columns, 'type')?.toLowerCase();
    // The title slide names the whole story.
    if (type === 'title') {
      title ??= headline;
      return undefined;
    }
    if (type === 'era') {
      try {
        const start = sheetDate(r, columns, '')!;
        // Without an End Year it is no era, as the element's own.
        const end = sheetDate(r, columns, 'end ');
        if (end === undefined) {
          const name = nameOf(columns, 'end year') ?? 'End Year';
          throw new FieldProblem(name, `${name} is missing: an era is a period`);
        }
        eras.push({ title: headline ?? '', start, end });
        eraEntries.push(index);
      } catch (e) {
        // An era row is no event: what cannot be read of it is left out as the element's own eras are.
        if (!(e instanceof FieldProblem)) throw e;
        eraProblems.push(eraEntryProblem(`rows[${index}]`, e.field, e.message));
      }
      return undefined;
    }
    // Blank Year cells throw; only the End columns may be blank.
    const start = sheetDate(r, columns, '')!;
    const end = sheetDate(r, columns, 'end ');
    const { media, source } = mediaOf(
      { url: cell(r, columns, 'media'), alt: cell(r, columns, 'alt text'), caption: cell(r, columns, 'media caption'), credit: cell(r, columns, 'media credit') },
      (html) => htmlToText(html, { lines: false }),
    );
    const sources = withLinks(source, cell(r, columns, 'text') ?? '');
    const eventTitle = headline ?? text?.replace(/\n/g, ' ');
    const group = cell(r, columns, 'group');
    return {
      id: slugs.next(eventTitle ?? 'event'),
      title: eventTitle ?? '',
      ...(end !== undefined ? { start, end } : { date: start }),
      ...(headline !== undefined && text !== undefined ? { description: text } : {}),
      ...(group !== undefined ? { group } : {}),
      ...(media ? { media } : {}),
      ...(sources.length > 0 ? { sources } : {}),
    };
  });
  const column = (name: string, fallback: string) => nameOf(columns, name) ?? fallback;
  return {
    format: 'csv',
    data: { ...(title ? { title } : {}), ...(eras.length > 0 ? { eras } : {}), events },
    rows: at,
    entries: rows.length,
    eraEntries: { list: 'rows', at: eraEntries },
    problems: [...eraProblems, ...problems],
    fields: {
      id: column('headline', 'Headline'),
      title: column('headline', 'Headline'),
      description: column('text', 'Text'),
      date: column('year', 'Year'),
      start: column('year', 'Year'),
      end: column('end year', 'End Year'),
      'date:time': column('time', 'Time'),
      'start:time': column('time', 'Time'),
      'end:time': column('end time', 'End Time'),
      'date:day': column('day', 'Day'),
      'start:day': column('day', 'Day'),
      'end:day': column('end day', 'End Day'),
      group: column('group', 'Group'),
    },
  };
}

const PLAIN = ['id', 'title', 'date', 'start', 'end', 'group', 'place', 'description', 'quote'] as const;
const DATES = new Set<string>(['date', 'start', 'end']);

/** The plain layout: one column per field of an event (id, title, date, start, end, group, place, description). */
function readPlain({ rows, columns }: Table): Imported {
  const slugs = new SlugMaker(rows.flatMap((row) => cell(row, columns, 'id') ?? []));
  const { events, rows: at } = convertEntries(rows, (row) => {
    const r = row as DSVRowString;
    if (blank(r)) return undefined;
    const event: Record<string, string> = {};
    for (const field of PLAIN) {
      const value = cell(r, columns, field);
      // A spreadsheet writes a time after a space ("2024-12-31 10:00"), where ISO 8601 has a "T".
      if (value !== undefined) event[field] = DATES.has(field) ? value.replace(/^([+-]?\d+-\d\d-\d\d) (?=\d\d?:)/, '$1T') : value;
    }
    event['id'] ??= slugs.next(event['title'] ?? 'event');
    return event as unknown as TimelineEventInput;
  });
  const fields: Record<string, string> = {};
  for (const field of PLAIN) fields[field] = nameOf(columns, field) ?? field;
  return { format: 'csv', data: { events }, rows: at, entries: rows.length, problems: [], fields };
}

/**
 * The separator of the header row: a comma, or what a spreadsheet in a language that writes
 * decimals with a comma saves (a semicolon), or a tab (a `.tsv` file). The one the header holds
 * most of (outside quotes), a comma when it holds none.
 */
function separatorOf(text: string): string {
  // (Its first line: a header of quoted names that hold a line break is not worth a pass over a whole file.)
  const header = /^[^\r\n]*/.exec(text)![0].replace(/"[^"]*"/g, '');
  const count = (c: string) => header.split(c).length - 1;
  return [';', '\t'].reduce((best, c) => (count(c) > count(best) ? c : best), ',');
}

/**
 * A quoted cell d3-dsv would misread: its quote at `at` (in the text), its row (from 0 after the
 * header, -1 the header) and its column. Without `end`, a quote that opens the cell and never
 * closes; with it, the quote that closes the cell and text after it up to `end`.
 */
interface QuoteFault {
  at: number;
  row: number;
  column: number;
  end?: number;
}

/**
 * The first quoted cell d3-dsv would misread, read as d3-dsv reads quotes (a doubled quote inside
 * is one quote; a quote inside an unquoted cell is text). RFC 4180 lets a quoted cell hold line
 * breaks, so d3-dsv reads a cell whose quote never closes to the end of the file: every row after
 * it was lost into one cell, with nothing said. And it takes the character after a closing quote
 * for the separator, whatever it is: `"Spaced" ,2024` moved every later cell of its row one
 * column on, and `"quoted"tail` lost its tail.
 */
function quoteFault(text: string, separator: string): QuoteFault | undefined {
  let row = -1;
  let column = 0;
  let i = 0;
  while (i < text.length) {
    if (text[i] === '"') {
      const at = i;
      // To the quote that closes it: one not followed by another.
      for (i++; ; i += 2) {
        i = text.indexOf('"', i);
        if (i < 0) return { at, row, column };
        if (text[i + 1] !== '"') break;
      }
      const closing = i++;
      const end = cellEnd(text, i, separator);
      if (end > i) return { at: closing, row, column, end };
    }
    i = cellEnd(text, i, separator);
    if (text[i] === separator) column++;
    else {
      if (text[i] === '\r' && text[i + 1] === '\n') i++;
      row++;
      column = 0;
    }
    i++;
  }
  return undefined;
}

/** Where the cell that goes on at `i` ends: at the separator, or the end of the line (\n, \r\n or \r: a new row). */
function cellEnd(text: string, i: number, separator: string): number {
  while (i < text.length && text[i] !== separator && text[i] !== '\n' && text[i] !== '\r') i++;
  return i;
}

/**
 * Reads a spreadsheet saved as CSV: TimelineJS's template, or a plain table with a header row.
 * Rows are counted from 0 after the header; a problem names its row and its column.
 */
export function readCsv(csv: CsvText): Imported {
  let text = csv.text.replace(/^\uFEFF/, '');
  if (text.trim() === '') throw new TimelineDataError('The data is empty.');
  const separator = separatorOf(text);
  // A quote that never closes is most often one whose closing quote was forgotten: the file is
  // read as if it were not there, so the rows after it are rows again, and its row is named. Text
  // after a closing quote is the cell's, as spreadsheets read it (its quote moved to the cell's end).
  const faults: Array<QuoteFault & { tail?: string }> = [];
  for (let fault; (fault = quoteFault(text, separator)); ) {
    const { at, end } = fault;
    const tail = end === undefined ? undefined : text.slice(at + 1, end);
    faults.push({ ...fault, tail });
    text = tail === undefined ? text.slice(0, at) + text.slice(at + 1) : `${text.slice(0, at)}${tail.replaceAll('"', '""')}"${text.slice(end)}`;
  }
  const rows = dsvFormat(separator).parse(text);
  const columns = columnsOf(rows.columns);
  const table = { rows: Array.from(rows), columns };
  const read = readTable(table);
  // (White space between a closing quote and the separator, `"a", "b"`, is said nothing of.)
  const quoteProblems = faults.flatMap(({ row, column, tail }): TimelineProblem[] => {
    if (tail?.trim() === '') return [];
    const name = rows.columns[column]?.trim() ?? `column ${column + 1}`;
    const id = row >= 0 ? cell(table.rows[row] ?? {}, columns, 'id') : undefined;
    const message =
      tail !== undefined
        ? `${row < 0 ? `The header's ${name}` : name} has text after its closing quote ("); it was read as part of the cell`
        : row < 0
          ? `The header's quote (") before ${name} is never closed; it was read as if it were not there`
          : `${name} opens a quote (") that is never closed; it was read as if it were not there`;
    return [{ index: row, ...(id !== undefined ? { id } : {}), field: name, message, kept: true }];
  });
  return quoteProblems.length > 0 ? { ...read, problems: [...quoteProblems, ...read.problems] } : read;
}

function readTable(table: Table): Imported {
  const { columns } = table;
  if (columns.has('year') && columns.has('headline')) return readSheet(table);
  if (columns.has('title') && (columns.has('date') || columns.has('start'))) return readPlain(table);
  throw new TimelineDataError(
    'The CSV has neither the columns of a TimelineJS sheet (Year, Headline, …) nor a header row with title and date (or start).',
  );
}
