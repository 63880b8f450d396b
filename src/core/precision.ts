import { DateTime, FixedOffsetZone, Info, type Zone } from 'luxon';

/** How precisely a date is known; the ISO form of the string states it. */
export type Precision = 'year' | 'month' | 'week' | 'day' | 'time';

/** A date known to a precision: the period [start, end) it stands for. */
export interface PreciseDate {
  precision: Precision;
  /** First instant of the period, in the zone the date was read in. */
  start: DateTime;
  /** First instant after the period (equal to start for a time). */
  end: DateTime;
  /** Whether seconds were given (a time shows them only then). */
  hasSeconds: boolean;
  /** Whether the string carried its own offset (`Z`, `+01:00`). */
  hasOffset: boolean;
}

export type DateParseResult = { ok: true; value: PreciseDate } | { ok: false; message: string };

// A year is four digits, or ISO 8601 expanded: a sign and six digits (-000043 is 44 BC).
const YEAR = '([+-]\\d{6}|\\d{4})';
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

function year(text: string): number {
  return Number.parseInt(text, 10);
}

function inRange(y: number): boolean {
  return y >= YEAR_RANGE.min && y <= YEAR_RANGE.max;
}

const HOUR_MS = 3_600_000;

/**
 * The instant a wall-clock time names in a zone. In a daylight-saving gap there is none
 * (undefined). In an overlap (the hour that repeats when clocks go back) there are two, and
 * the earlier one is taken, as RFC 5545 and Temporal's "compatible" rule do; luxon on its
 * own would take the later one.
 */
function wallClockInstant(local: DateTime, zone: string | Zone): DateTime | undefined {
  const z = Info.normalizeZone(zone);
  const localMs = local.toMillis();
  const offsets = new Set([z.offset(localMs - 24 * HOUR_MS), z.offset(localMs), z.offset(localMs + 24 * HOUR_MS)]);
  let best: number | undefined;
  for (const offset of offsets) {
    const instant = localMs - offset * 60_000;
    if (z.offset(instant) === offset && (best === undefined || instant < best)) best = instant;
  }
  return best === undefined ? undefined : DateTime.fromMillis(best, { zone: z });
}

function offsetZone(text: string): Zone {
  if (text === 'Z') return FixedOffsetZone.utcInstance;
  const sign = text.startsWith('-') ? -1 : 1;
  const digits = text.slice(1).replace(':', '');
  const hours = Number(digits.slice(0, 2));
  const minutes = digits.length > 2 ? Number(digits.slice(2, 4)) : 0;
  return FixedOffsetZone.instance(sign * (hours * 60 + minutes));
}

function period(precision: Precision, start: DateTime, hasSeconds = false, hasOffset = false): DateParseResult {
  if (!start.isValid) return { ok: false, message: 'is not a date that exists' };
  if (!inRange(start.year)) return { ok: false, message: OUT_OF_RANGE };
  const end =
    precision === 'year'
      ? start.plus({ years: 1 })
      : precision === 'month'
        ? start.plus({ months: 1 })
        : precision === 'week'
          ? start.plus({ weeks: 1 })
          : precision === 'day'
            ? start.plus({ days: 1 })
            : start;
  return { ok: true, value: { precision, start, end, hasSeconds, hasOffset } };
}

/**
 * Reads an ISO 8601 date string and the period it stands for. Without an offset the
 * date is read as wall-clock time in `zone`; with one, the instant is exact.
 */
export function parsePreciseDate(input: unknown, zone: string | Zone): DateParseResult {
  if (typeof input !== 'string') return { ok: false, message: 'must be an ISO 8601 date string' };
  const text = input.trim();
  if (text.length === 0) return { ok: false, message: 'is empty' };
  if (text.length > MAX_INPUT_LENGTH) return { ok: false, message: 'is too long to be a date' };
  const opts = { zone };
  const yearMatch = /^([+-]\d{6}|\d{4})/.exec(text);
  if (yearMatch && !inRange(year(yearMatch[1]!))) return { ok: false, message: OUT_OF_RANGE };
  let m: RegExpExecArray | null;
  if ((m = YEAR_ONLY.exec(text))) {
    return period('year', DateTime.fromObject({ year: year(m[1]!) }, opts));
  }
  if ((m = MONTH.exec(text))) {
    return period('month', DateTime.fromObject({ year: year(m[1]!), month: Number(m[2]) }, opts));
  }
  if ((m = WEEK.exec(text))) {
    const weekYear = year(m[1]!);
    const weekNumber = Number(m[2]);
    const start = DateTime.fromObject({ weekYear, weekNumber, weekday: 1 }, opts);
    // Luxon rolls week 53 of a 52-week year into the next year; ISO says it does not exist.
    if (!start.isValid || start.weekYear !== weekYear || start.weekNumber !== weekNumber) {
      return { ok: false, message: `has no week ${weekNumber} in ${weekYear}` };
    }
    return period('week', start);
  }
  if ((m = DAY.exec(text))) {
    return period('day', DateTime.fromObject({ year: year(m[1]!), month: Number(m[2]), day: Number(m[3]) }, opts));
  }
  if ((m = TIME.exec(text))) {
    const [, y, mo, d, h, mi, s, frac, off] = m;
    const fields = {
      year: year(y!),
      month: Number(mo),
      day: Number(d),
      hour: Number(h),
      minute: Number(mi),
      second: s === undefined ? 0 : Number(s),
      millisecond: frac === undefined ? 0 : Math.floor(Number(`0.${frac}`) * 1000),
    };
    if (fields.hour > 23 || fields.minute > 59 || fields.second > 59) {
      return { ok: false, message: 'is not a time that exists' };
    }
    if (off !== undefined) {
      const zoneOffset = offsetZone(off);
      // Real offsets lie within ±14:00; ±18:00 is the widest any standard library accepts.
      if (Math.abs(zoneOffset.offset(0)) > 18 * 60 || /[6-9]\d$/.test(off.replace(':', '').slice(3))) {
        return { ok: false, message: 'has an offset that does not exist' };
      }
      return period('time', DateTime.fromObject(fields, { zone: zoneOffset }), s !== undefined, true);
    }
    const local = DateTime.fromObject(fields, { zone: 'utc' });
    if (!local.isValid) return { ok: false, message: 'is not a date that exists' };
    const start = wallClockInstant(local, zone);
    // A wall-clock time that a DST jump skips never happened there; luxon would move it.
    if (!start) return { ok: false, message: 'falls in a daylight-saving gap of its time zone' };
    return period('time', start, s !== undefined, false);
  }
  return { ok: false, message: 'is not an ISO 8601 date (2024, 2024-10, 2024-W47, 2024-11-18 or 2024-11-18T14:30)' };
}
