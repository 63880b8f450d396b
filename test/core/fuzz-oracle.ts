/**
 * An independent judge of the simple events that the fuzz tests generate: the proleptic
 * Gregorian calendar worked out by arithmetic, with no luxon and no code from src/.
 * Dates here are read in UTC (the documents carry no zone and the fallback is UTC).
 */

const DAY_MS = 86_400_000;
export const MIN_YEAR = -271_820;
export const MAX_YEAR = 275_759;
const MAX_FIELD = 100_000;

export const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

export function daysInMonth(y: number, m: number): number {
  return m === 2 ? (isLeap(y) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;
}

/** Days from 1970-01-01 to y-m-d: whole years, then months, then days. */
export function dayNumber(y: number, m: number, d: number): number {
  // Count leap days before year y (proleptic, including year 0 and negative years).
  const leapsBefore = (year: number) => {
    const p = year - 1;
    return Math.floor(p / 4) - Math.floor(p / 100) + Math.floor(p / 400);
  };
  let days = (y - 1970) * 365 + (leapsBefore(y) - leapsBefore(1970));
  for (let month = 1; month < m; month++) days += daysInMonth(y, month);
  return days + d - 1;
}

export const dayMs = (y: number, m: number, d: number) => dayNumber(y, m, d) * DAY_MS;

/** ISO weekday, Monday 1 to Sunday 7 (1970-01-01 was a Thursday). */
export function weekday(y: number, m: number, d: number): number {
  return ((((dayNumber(y, m, d) + 3) % 7) + 7) % 7) + 1;
}

/** A year has 53 ISO weeks when it starts on a Thursday, or is a leap year starting on a Wednesday. */
export function weeksIn(y: number): number {
  const jan1 = weekday(y, 1, 1);
  return jan1 === 4 || (jan1 === 3 && isLeap(y)) ? 53 : 52;
}

/** Monday of ISO week 1: the week that holds 4 January. */
export function week1Monday(y: number): number {
  return dayMs(y, 1, 4) - (weekday(y, 1, 4) - 1) * DAY_MS;
}

/** A generated date: its parts, and the string it is written as. */
export type DateSpec =
  | { kind: 'year'; y: number; text: string }
  | { kind: 'month'; y: number; m: number; text: string }
  | { kind: 'week'; y: number; w: number; text: string }
  | { kind: 'day'; y: number; m: number; d: number; text: string }
  | { kind: 'time'; y: number; m: number; d: number; hh: number; mm: number; offsetMin: number | 'bad' | undefined; text: string }
  | { kind: 'garbage'; text: unknown };

/** The period [start, end) in UTC ms that a date names, or undefined when it names none. */
export function period(spec: DateSpec): [number, number] | undefined {
  if (spec.kind === 'garbage') return undefined;
  if (spec.y < MIN_YEAR || spec.y > MAX_YEAR) return undefined;
  switch (spec.kind) {
    case 'year':
      return [dayMs(spec.y, 1, 1), dayMs(spec.y + 1, 1, 1)];
    case 'month':
      if (spec.m < 1 || spec.m > 12) return undefined;
      return [dayMs(spec.y, spec.m, 1), spec.m === 12 ? dayMs(spec.y + 1, 1, 1) : dayMs(spec.y, spec.m + 1, 1)];
    case 'week': {
      if (spec.w < 1 || spec.w > weeksIn(spec.y)) return undefined;
      const start = week1Monday(spec.y) + (spec.w - 1) * 7 * DAY_MS;
      return [start, start + 7 * DAY_MS];
    }
    case 'day':
      if (spec.m < 1 || spec.m > 12 || spec.d < 1 || spec.d > daysInMonth(spec.y, spec.m)) return undefined;
      return [dayMs(spec.y, spec.m, spec.d), dayMs(spec.y, spec.m, spec.d) + DAY_MS];
    case 'time': {
      if (spec.m < 1 || spec.m > 12 || spec.d < 1 || spec.d > daysInMonth(spec.y, spec.m)) return undefined;
      if (spec.hh > 23 || spec.mm > 59 || spec.offsetMin === 'bad') return undefined;
      const at = dayMs(spec.y, spec.m, spec.d) + (spec.hh * 60 + spec.mm - (spec.offsetMin ?? 0)) * 60_000;
      return [at, at];
    }
  }
}

const isText = (v: unknown) => typeof v === 'string' && v.length <= MAX_FIELD;
const optionalTextOk = (v: unknown) => v === undefined || v === null || isText(v);

/** A generated event: the raw object, and the date specs its date fields were written from. */
export interface EventSpec {
  raw: unknown;
  dates: Partial<Record<'date' | 'start' | 'end', DateSpec>>;
  sourceDates: (DateSpec | undefined)[];
}

/**
 * Every field that makes an event invalid (empty when valid), and where a valid one starts.
 * `seen` holds the ids of the valid events before it; a duplicate of an invalid one is fine.
 */
export function judge(spec: EventSpec, seen: Set<string>): { bad: Set<string>; start?: number } {
  const bad = new Set<string>();
  const raw = spec.raw;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { bad: new Set(['event']) };
  const r = raw as Record<string, unknown>;
  const has = (k: string) => Object.prototype.hasOwnProperty.call(r, k) && r[k] !== undefined;
  const id = has('id') ? r['id'] : undefined;
  if (typeof id !== 'string' || id.trim() === '' || seen.has(id)) bad.add('id');
  // A title needs one character that draws something: not space, control, zero-width or a lone mark.
  if (!isText(r['title']) || !/[^\s\p{Cc}\p{DI}\p{M}\u2800]/u.test(r['title'] as string)) bad.add('title');
  const when = (k: 'date' | 'start' | 'end') => {
    const s = spec.dates[k];
    return s ? period(s) : undefined;
  };
  let start: number | undefined;
  // A date field that is null, empty or only white space is absent, as any field (docs/data-format.md).
  const given = (k: 'date' | 'start' | 'end') => has(k) && r[k] !== null && !(typeof r[k] === 'string' && r[k].trim() === '');
  if (given('date') && given('start')) bad.add('date');
  else if (!given('date') && !given('start')) bad.add('date');
  else if (given('date')) {
    if (given('end')) bad.add('end');
    const p = when('date');
    if (!p) bad.add('date');
    else start = p[0];
  } else {
    const from = when('start');
    if (!from) bad.add('start');
    else start = from[0];
    if (given('end')) {
      const to = when('end');
      if (!to) bad.add('end');
      // Not before the start: a period is over where the next begins (2024-09 ends as 2024-10 starts); an instant may be the start itself.
      else if (from && (to[1] > to[0] ? to[1] <= from[0] : to[1] < from[0])) bad.add('end');
    }
  }
  for (const field of ['description', 'place', 'quote', 'group']) if (!optionalTextOk(r[field])) bad.add(field);
  const sources = has('sources') ? r['sources'] : undefined;
  if (sources !== undefined && sources !== null) {
    if (!Array.isArray(sources)) bad.add('sources');
    else
      sources.forEach((s: unknown, i) => {
        if (typeof s !== 'object' || s === null || Array.isArray(s)) return bad.add(`sources[${i}]`);
        const src = s as Record<string, unknown>;
        if (!isText(src['name']) || (src['name'] as string).trim() === '') bad.add(`sources[${i}].name`);
        if (!optionalTextOk(src['url'])) bad.add(`sources[${i}].url`);
        if (!optionalTextOk(src['date'])) bad.add(`sources[${i}].date`);
        else if (typeof src['date'] === 'string' && src['date'].trim() !== '') {
          const d = spec.sourceDates[i];
          if (!d || !period(d)) bad.add(`sources[${i}].date`);
        }
      });
  }
  return bad.size === 0 ? { bad, start: start! } : { bad };
}
