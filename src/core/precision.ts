import { DateTime, FixedOffsetZone, type Zone } from 'luxon';
import { luxonZone } from './zones.js';

/** How precisely a date is known; the ISO form of the string states it (`201X` a decade, `19XX` a century). */
export type Precision = 'century' | 'decade' | 'year' | 'month' | 'week' | 'day' | 'time';

/**
 * How sure the date is (ISO 8601-2 / EDTF level 1): `2024~` approximate ("circa"),
 * `2024?` uncertain, `2024%` both. Exact dates carry none.
 */
export type Certainty = 'approximate' | 'uncertain' | 'both';

/** A date known to a precision: the period [start, end) it stands for (as luxon DateTimes: dateTimeAt). */
export interface PreciseDate {
  precision: Precision;
  /** The same two instants in epoch ms. */
  startMs: number;
  endMs: number;
  /** Whether seconds were given (a time shows them only then). */
  hasSeconds: boolean;
  /** Whether the string carried its own offset (`Z`, `+01:00`). */
  hasOffset: boolean;
  /** The zone it was read in: its calendar fields are wall-clock time there. */
  readonly zone: Zone;
  /** Set for an approximate or uncertain date; absent for an exact one. */
  certainty?: Certainty;
}

export type DateParseResult = { ok: true; value: PreciseDate } | { ok: false; message: string };

// A year is four digits, negative ones too (EDTF, ISO 8601-2: -0043 is 44 BC), or ISO 8601
// expanded: a sign and six digits (-000043); Number reads each.
const YEAR = '([+-]\\d{6}|-?\\d{4})';
const YEAR_ONLY = new RegExp(`^${YEAR}$`);
const MONTH = new RegExp(`^${YEAR}-(\\d{2})$`);
const WEEK = new RegExp(`^${YEAR}-W(\\d{2})$`);
const DAY = new RegExp(`^${YEAR}-(\\d{2})-(\\d{2})$`);
const TIME = new RegExp(
  `^${YEAR}-(\\d{2})-(\\d{2})T(\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?(Z|[+-]\\d{2}(?::?\\d{2})?)?$`,
);

const MAX_INPUT_LENGTH = 64;

/**
 * ECMAScript dates span ±8.64e15 ms (-271821-04-20 to +275760-09-13). Whole years inside that
 * span have a start and an end, so these are the years accepted; anything beyond is refused
 * with a reason instead of turning into an invalid date.
 */
export const YEAR_RANGE = { min: -271_820, max: 275_759 } as const;
const OUT_OF_RANGE = 'is outside the years that can be shown (271821 BC to AD 275759)';

function inRange(y: number): boolean {
  return y >= YEAR_RANGE.min && y <= YEAR_RANGE.max;
}


/**
 * The fixed zone of an offset (`Z`, `+01:00`, `-0530`, `+01`), or null for one that does not
 * exist: real offsets lie within ±14:00, and ±18:00 is the widest any standard library accepts.
 */
function offsetZone(text: string): Zone | null {
  if (text === 'Z') return FixedOffsetZone.utcInstance;
  const digits = text.slice(1).replace(':', '');
  // No minutes written: Number('') is 0.
  const minutes = Number(digits.slice(2));
  const total = Number(digits.slice(0, 2)) * 60 + minutes;
  return minutes < 60 && total <= 18 * 60 ? FixedOffsetZone.instance(text.startsWith('-') ? -total : total) : null;
}

/** A date, or why it is not one: internal readers return no wrapper object per date. */
type Read = PreciseDate | string;

function period(precision: Precision, start: DateTime, hasSeconds = false, hasOffset = false): Read {
  if (!start.isValid) return 'is not a date that exists';
  if (!inRange(start.year)) return OUT_OF_RANGE;
  // A century or decade is 100 or 10 years on and ends as a year does; any other period is one
  // of its unit on (luxon reads "year" as "years", "month" as "months"), and a time is an instant.
  const unit = precision === 'century' || precision === 'decade' ? 'year' : precision;
  // A period that began later than midnight, its midnight skipped (summer time from 00:00 in
  // São Paulo), ends at the next one's start, not at the same time of day a period on.
  const end =
    unit === 'time' ? start : start.plus({ [unit]: precision === 'century' ? 100 : precision === 'decade' ? 10 : 1 }).startOf(unit);
  // Its DateTimes are made again from its instants when asked for (the same instants in the same zone).
  return readDate(precision, start.toMillis(), end.toMillis(), start.zone, hasSeconds, hasOffset);
}

/**
 * A date read by arithmetic, whose luxon DateTimes are made only when something asks for
 * them (dateTimeAt: formatting an event that is shown). Making two DateTimes per date was most
 * of the time it took to read 10,000 events. They are not kept: a date is formatted once per
 * locale and zone (its words are remembered, event-names.ts), and fields fewer on each of
 * 100,000 dates are less for the young generation's collections to copy while a large document
 * is read. A plain object literal, not a class's instance: V8 learns that the objects a literal
 * makes live on and allocates them straight in the old generation, which it never does for a
 * class's `new`; reading 100,000 items in Node, two young collections of 28-37 ms (each copying
 * the dates read so far) went. (Getters on a prototype given in the literal cost a runtime call
 * a date: a tenth more time to read 10,000.)
 */
function readDate(precision: Precision, startMs: number, endMs: number, zone: Zone, hasSeconds: boolean, hasOffset: boolean): PreciseDate {
  return { precision, startMs, endMs, zone, hasSeconds, hasOffset, certainty: undefined };
}

/** The first instant of a date's period (`end`: the first after it) as a luxon DateTime in the zone it was read in, made when asked for. */
export function dateTimeAt(date: PreciseDate, end?: boolean): DateTime {
  return DateTime.fromMillis(end ? date.endMs : date.startMs, { zone: date.zone });
}

const DAY_MS = 86_400_000;

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(y: number, month: number): number {
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return month === 2 && leap ? 29 : (MONTH_DAYS[month - 1] ?? 0);
}

/** Whether the calendar has that day (false for NaN: a reader's digits that were not digits). */
function dayExists(y: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(y, month);
}

/** ISO years have 53 weeks when 1 January is a Thursday, or a Wednesday in a leap year. */
function weeksInYear(y: number): number {
  const jan1 = new Date(Date.UTC(y, 0, 1)).getUTCDay();
  const leap = daysInMonth(y, 2) === 29;
  return jan1 === 4 || (leap && jan1 === 3) ? 53 : 52;
}

/**
 * The instant of a wall-clock time when the zone's offset is the same a day before and a day
 * after (no zone changes its clock twice in two days), else NaN: the usual case, answered
 * with two offsets and no array.
 */
function steadyInstant(localMs: number, zone: Zone): number {
  const before = zone.offset(localMs - DAY_MS);
  return before === zone.offset(localMs + DAY_MS) ? localMs - before * 60_000 : NaN;
}

/**
 * The instants a wall-clock time (as ms of a UTC calendar) names in a zone: none in a
 * daylight-saving gap, two in an overlap, else one; earliest first.
 */
function instantsOf(localMs: number, zone: Zone): number[] {
  const steady = steadyInstant(localMs, zone);
  if (!isNaN(steady)) return [steady];
  const before = zone.offset(localMs - DAY_MS);
  const after = zone.offset(localMs + DAY_MS);
  const offsets = new Set([before, zone.offset(localMs), after]);
  const found: number[] = [];
  for (const offset of offsets) {
    const instant = localMs - offset * 60_000;
    if (zone.offset(instant) === offset && !found.includes(instant)) found.push(instant);
  }
  return found.sort((a, b) => a - b);
}

/** The one instant of a calendar boundary (a midnight), or undefined when it is skipped or repeated there. */
function boundary(localMs: number, zone: Zone): number | undefined {
  const steady = steadyInstant(localMs, zone);
  if (!isNaN(steady)) return steady;
  const found = instantsOf(localMs, zone);
  return found.length === 1 ? found[0] : undefined;
}

/**
 * Years, months, weeks and days read by arithmetic, for the years where JavaScript's UTC
 * calendar needs no care (1000 to 9999). Anything unusual (a midnight skipped or repeated by a
 * zone's clock change, a year outside that span) returns undefined and is read through luxon.
 */
function readPeriod(precision: Exclude<Precision, 'time'>, y: number, month: number, day: number, zone: Zone): Read | undefined {
  if (y < 1000 || y > 9999) return undefined;
  if (!dayExists(y, month, day)) return 'is not a date that exists';
  const first = Date.UTC(y, month - 1, day);
  const next =
    precision === 'century' || precision === 'decade' || precision === 'year'
      ? Date.UTC(y + (precision === 'century' ? 100 : precision === 'decade' ? 10 : 1), 0, 1)
      : precision === 'month'
        ? Date.UTC(y, month, 1)
        : first + (precision === 'week' ? 7 : 1) * DAY_MS;
  const startMs = boundary(first, zone);
  const endMs = boundary(next, zone);
  if (startMs === undefined || endMs === undefined) return undefined;
  return readDate(precision, startMs, endMs, zone, false, false);
}

/** The number written by the two digits at `at`, or NaN. */
function twoDigits(text: string, at: number): number {
  const a = text.charCodeAt(at) - 48;
  const b = text.charCodeAt(at + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : NaN;
}

/**
 * The forms nearly every document uses (2024-11-18, 2024-11-18T14:30, with seconds and with
 * Z), read digit by digit for years 1000 to 9999: reading 10,000 dates is most of the time to
 * a first picture, and a regular expression and its match array per date are half of that.
 * Anything else, or anything odd about these, returns undefined for the general reader.
 */
function readCommonForm(text: string, zone: Zone): Read | undefined {
  const n = text.length;
  if (n !== 10 && n !== 16 && n !== 17 && n !== 19 && n !== 20) return undefined;
  if (text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return undefined;
  const y = twoDigits(text, 0) * 100 + twoDigits(text, 2);
  const month = twoDigits(text, 5);
  const day = twoDigits(text, 8);
  if (!(y >= 1000) || !dayExists(y, month, day)) return undefined;
  if (n === 10) return readPeriod('day', y, month, day, zone);
  if (text.charCodeAt(10) !== 84 || text.charCodeAt(13) !== 58) return undefined;
  const utc = text.charCodeAt(n - 1) === 90;
  const withSeconds = n >= 19;
  if (withSeconds ? n !== (utc ? 20 : 19) || text.charCodeAt(16) !== 58 : n !== (utc ? 17 : 16)) return undefined;
  const hour = twoDigits(text, 11);
  const minute = twoDigits(text, 14);
  const second = withSeconds ? twoDigits(text, 17) : 0;
  if (!(hour <= 23 && minute <= 59 && second <= 59)) return undefined;
  const localMs = Date.UTC(y, month - 1, day, hour, minute, second);
  if (utc) return readDate('time', localMs, localMs, FixedOffsetZone.utcInstance, withSeconds, true);
  const steady = steadyInstant(localMs, zone);
  const at = isNaN(steady) ? instantsOf(localMs, zone)[0] : steady;
  if (at === undefined) return undefined;
  return readDate('time', at, at, zone, withSeconds, false);
}

/**
 * Reads an ISO 8601 date string and the period it stands for. Without an offset the
 * date is read as wall-clock time in `zone`; with one, the instant is exact.
 */
export function parsePreciseDate(input: unknown, zone: string | Zone): DateParseResult {
  const read = readPreciseDate(input, typeof zone === 'string' ? luxonZone(zone) : zone);
  return typeof read === 'string' ? { ok: false, message: read } : { ok: true, value: read };
}

const QUALIFIERS: Record<string, Certainty> = { '~': 'approximate', '?': 'uncertain', '%': 'both' };
// Unspecified trailing digits (EDTF): 201X a decade, 19XX a century, 2024-XX the year, 2024-10-XX the
// month; with expanded years too (+00201X, -0004XX: the years -499 to -400, the fifth century BC),
// and EDTF's four digits after a minus (-0043-XX, the year 44 BC; -004X, the years -49 to -40).
const DECADE = /^([+-]\d{5}|-?\d{3})X$/;
const CENTURY = /^([+-]\d{4}|-?\d{2})XX$/;
const UNSPECIFIED_MONTH = /^([+-]\d{6}|-?\d{4})-XX(?:-XX)?$/;
const UNSPECIFIED_DAY = /^((?:[+-]\d{6}|-?\d{4})-\d{2})-XX$/;

/** parsePreciseDate for a reader of many dates: the date, or the reason it is not one. */
export function readPreciseDate(input: unknown, z: Zone): PreciseDate | string {
  if (typeof input !== 'string') return 'must be an ISO 8601 date string';
  const common = readCommonForm(input, z);
  if (common !== undefined) return common;
  const trimmed = input.trim();
  const certainty = QUALIFIERS[trimmed.slice(-1)];
  if (certainty) {
    const bare = trimmed.slice(0, -1);
    if (bare === '') return 'has no date before its qualifier (~, ? or %)';
    if (QUALIFIERS[bare.slice(-1)]) return 'has more than one qualifier (~, ? or %) at its end';
    const read = readExactDate(bare, z);
    // The date with its certainty: a qualifier is a fact about the date, kept with it.
    if (typeof read !== 'string') read.certainty = certainty;
    return read;
  }
  return readExactDate(trimmed, z);
}

/**
 * A decade or century of EDTF's X digits, `lead` the digits before them: its years are every
 * number the X digits can make, so before 1 CE they count back from the lead (-0004XX is -499
 * to -400, and -0000XX -99 to 0: "-0" is a number of its own there).
 */
function readSpan(precision: 'decade' | 'century', lead: string, size: number, z: Zone): Read {
  const first = lead[0] === '-' ? Number(lead) * size - size + 1 : Number(lead) * size;
  // Its first year's range is period's to check.
  return inRange(first + size - 1) ? readCalendar(precision, first, z) : OUT_OF_RANGE;
}

/** A calendar period by arithmetic where readPeriod can, else through luxon (luxon's missing month and day are 1 too). */
function readCalendar(precision: Exclude<Precision, 'week' | 'time'>, y: number, z: Zone, month = 1, day = 1): Read {
  const read = readPeriod(precision, y, month, day, z);
  if (read) return read;
  const start = DateTime.fromObject({ year: y, month, day }, { zone: z });
  // A day the zone skipped whole (Samoa's 30 December 2011): luxon begins it on the next one.
  return start.isValid && start.day !== day ? 'is a day this time zone skipped' : period(precision, start);
}

function readExactDate(input: string, z: Zone): PreciseDate | string {
  const common = readCommonForm(input, z);
  if (common !== undefined) return common;
  const text = input.trim();
  let m: RegExpExecArray | null;
  // Unspecified digits: a decade, a century, a year or a month; any other X is not at the end.
  if (text.includes('X')) {
    if ((m = DECADE.exec(text))) return readSpan('decade', m[1]!, 10, z);
    if ((m = CENTURY.exec(text))) return readSpan('century', m[1]!, 100, z);
    if ((m = UNSPECIFIED_MONTH.exec(text))) return readExactDate(m[1]!, z);
    if ((m = UNSPECIFIED_DAY.exec(text))) return readExactDate(m[1]!, z);
    return 'has unspecified digits (X) that are not at its end (201X, 19XX, 2024-XX)';
  }
  if (text.length === 0) return 'is empty';
  if (text.length > MAX_INPUT_LENGTH) return 'is too long to be a date';
  const yearMatch = /^([+-]\d{6}|-?\d{4})/.exec(text);
  if (yearMatch && !inRange(Number(yearMatch[1]))) return OUT_OF_RANGE;
  // Only a time has a "T"; the calendar forms are tried only for the others.
  if (!text.includes('T')) {
    if ((m = YEAR_ONLY.exec(text))) return readCalendar('year', Number(m[1]), z);
    if ((m = MONTH.exec(text))) return readCalendar('month', Number(m[1]), z, Number(m[2]));
    if ((m = WEEK.exec(text))) {
      const weekYear = Number(m[1]);
      const weekNumber = Number(m[2]);
      if (weekYear >= 1000 && weekYear <= 9999) {
        if (weekNumber < 1 || weekNumber > weeksInYear(weekYear)) return `has no week ${weekNumber} in ${weekYear}`;
        // The Monday that starts the week, as a UTC calendar date: week 1 is the one with 4 January.
        const jan4 = Date.UTC(weekYear, 0, 4);
        const monday = new Date(jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * DAY_MS + (weekNumber - 1) * 7 * DAY_MS);
        const read = readPeriod('week', monday.getUTCFullYear(), monday.getUTCMonth() + 1, monday.getUTCDate(), z);
        if (read) return read;
      }
      const start = DateTime.fromObject({ weekYear, weekNumber, weekday: 1 }, { zone: z });
      // Luxon rolls week 53 of a 52-week year into the next year; ISO says it does not exist.
      if (!start.isValid || start.weekYear !== weekYear || start.weekNumber !== weekNumber) {
        return `has no week ${weekNumber} in ${weekYear}`;
      }
      return period('week', start);
    }
    if ((m = DAY.exec(text))) return readCalendar('day', Number(m[1]), z, Number(m[2]), Number(m[3]));
  }
  if ((m = TIME.exec(text))) {
    const [, y, mo, d, h, mi, s, frac, off] = m;
    const fields = {
      year: Number(y),
      month: Number(mo),
      day: Number(d),
      hour: Number(h),
      minute: Number(mi),
      second: s === undefined ? 0 : Number(s),
      millisecond: frac === undefined ? 0 : Math.floor(Number(`0.${frac}`) * 1000),
    };
    if (fields.hour > 23 || fields.minute > 59 || fields.second > 59) {
      return 'is not a time that exists';
    }
    const zoneOffset = off === undefined ? undefined : offsetZone(off);
    if (zoneOffset === null) return 'has an offset that does not exist';
    if (fields.year >= 1000 && fields.year <= 9999) {
      if (!dayExists(fields.year, fields.month, fields.day)) return 'is not a date that exists';
      const localMs = Date.UTC(fields.year, fields.month - 1, fields.day, fields.hour, fields.minute, fields.second, fields.millisecond);
      const at = zoneOffset ? localMs - zoneOffset.offset(0) * 60_000 : instantsOf(localMs, z)[0];
      if (at === undefined) return 'falls in a daylight-saving gap of its time zone';
      return readDate('time', at, at, zoneOffset ?? z, s !== undefined, !!zoneOffset);
    }
    // Luxon finds a day the calendar lacks (31 April) invalid in any zone, which period reports.
    if (zoneOffset) return period('time', DateTime.fromObject(fields, { zone: zoneOffset }), s !== undefined, true);
    const local = DateTime.fromObject(fields, { zone: 'utc' });
    if (!local.isValid) return 'is not a date that exists';
    // The instant the wall-clock time names in the zone. A wall-clock time that a DST jump skips
    // never happened there; luxon would move it. In an overlap (the hour that repeats when clocks
    // go back) there are two, and the earlier one is taken, as RFC 5545 and Temporal's
    // "compatible" rule do; luxon on its own would take the later one.
    const at = instantsOf(local.toMillis(), z)[0];
    if (at === undefined) return 'falls in a daylight-saving gap of its time zone';
    return period('time', DateTime.fromMillis(at, { zone: z }), s !== undefined, false);
  }
  return 'is not an ISO 8601 date (2024, 2024-10, 2024-W47, 2024-11-18, 2024-11-18T14:30; 201X, 2024~, 2024-10?)';
}

/**
 * An instant given as a Date, epoch ms or an ISO string at any precision; for a string, the
 * first instant of its period (`edge` "start") or the first after it ("end"), so that
 * `2024-10` to `2024-10` means all of October.
 */
export function instantOf(value: string | number | Date, edge: 'start' | 'end', zone: string | Zone): number | undefined {
  if (value instanceof Date) return isNaN(value.getTime()) ? undefined : value.getTime();
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  const parsed = parsePreciseDate(value, zone);
  if (!parsed.ok) return undefined;
  return edge === 'start' ? parsed.value.startMs : parsed.value.endMs;
}
