import { YEAR_RANGE } from '../precision.js';
import { isoYear } from '../write-date.js';
import { FieldProblem } from './entries.js';

/**
 * Dates given as separate numbers (TimelineJS's `{ year, month, day, hour, … }` and its
 * spreadsheet's Year, Month, Day and Time columns), written as the ISO form whose precision is
 * that of the most specific number given: a year alone is a year, a day a day, an hour a time.
 */
export interface DateParts {
  year?: unknown;
  month?: unknown;
  day?: unknown;
  hour?: unknown;
  minute?: unknown;
  second?: unknown;
  millisecond?: unknown;
}

/** What the source calls each part, so that a problem names the field the user wrote. */
export type PartNames = Readonly<Record<keyof DateParts, string>>;


/** Empty cells and absent keys both mean "not given". */
function given(value: unknown): boolean {
  return value !== undefined && value !== null && !(typeof value === 'string' && value.trim() === '');
}

function wholeNumber(value: unknown, field: string, min: number, max: number): number {
  // A spreadsheet may write a year with its thousands apart ("1,900"), as TimelineJS reads it.
  const digits = typeof value === 'string' ? value.replace(/^(\s*[+-]?\d{1,3})((?:,\d{3})+)(?=\s*$)/, (_, head: string, rest: string) => head + rest.replace(/,/g, '')) : value;
  const n = typeof digits === 'number' ? digits : typeof digits === 'string' && /^\s*[+-]?\d+\s*$/.test(digits) ? Number(digits) : Number.NaN;
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new FieldProblem(field, `${field} must be a whole number from ${min} to ${max}`);
  }
  return n;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** The parts a date may be given in, coarsest first. */
export const PART_KEYS = ['year', 'month', 'day', 'hour', 'minute', 'second', 'millisecond'] as const;

/** Whether any date part is given at all (an end date may be a blank object, blank cells, or a `display_date` alone). */
export function anyPart(parts: DateParts): boolean {
  return PART_KEYS.some((key) => given(parts[key]));
}

/** The ISO date the parts give; throws a FieldProblem naming the part at fault. */
export function isoFromParts(parts: DateParts, names: PartNames): string {
  if (!given(parts.year)) throw new FieldProblem(names.year, `${names.year} is missing`);
  const written = wholeNumber(parts.year, names.year, YEAR_RANGE.min - 1, YEAR_RANGE.max);
  // TimelineJS writes a negative year as that many years BCE (-44 is "44 BCE", Caesar's death):
  // a count of years before the era, not ISO's astronomical years (where -44 is 45 BC). Year 0
  // has no such reading there (it is written "0") and stays ISO's year 0, 1 BC.
  const y = written < 0 ? written + 1 : written;
  const order = ['month', 'day', 'hour', 'minute', 'second', 'millisecond'] as const;
  const limits = { month: [1, 12], day: [1, 31], hour: [0, 23], minute: [0, 59], second: [0, 59], millisecond: [0, 999] } as const;
  let finest = -1;
  const value: Record<(typeof order)[number], number> = { month: 1, day: 1, hour: 0, minute: 0, second: 0, millisecond: 0 };
  order.forEach((part, i) => {
    if (!given(parts[part])) return;
    value[part] = wholeNumber(parts[part], names[part], limits[part][0], limits[part][1]);
    finest = i;
  });
  // A finer part with a coarser one missing names no real date (a day with no month is not a day
  // of January): the missing part is the problem. Minutes and seconds may be left out of a time.
  for (let i = 0; i < Math.min(finest, 3); i++) if (!given(parts[order[i]!])) throw new FieldProblem(names[order[i]!], `${names[order[i]!]} is missing`);
  // A day past its month's end is the day's fault, not the year's.
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  if (finest >= 1 && value.day > [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][value.month - 1]!) {
    throw new FieldProblem(names.day, `${names.day} ${value.day} is not a day of month ${value.month}`);
  }
  let iso = isoYear(y);
  if (finest >= 0) iso += `-${pad(value.month, 2)}`;
  if (finest >= 1) iso += `-${pad(value.day, 2)}`;
  if (finest >= 2) iso += `T${pad(value.hour, 2)}:${pad(value.minute, 2)}`;
  if (finest >= 4) iso += `:${pad(value.second, 2)}`;
  if (finest >= 5) iso += `.${pad(value.millisecond, 3)}`;
  return iso;
}
