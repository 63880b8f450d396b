import { tickStep } from 'd3-array';
import { DateTime, type DateTimeJSOptions, type DateTimeUnit } from 'luxon';
import { formatInstant, GREGORIAN, PLAIN_YEARS, YEAR as YEAR_LABEL, SHORT_DAY as DAY_LABEL, HOUR_MINUTE as MINUTE_LABEL } from './intl-format.js';
import { luxonZone, offsetChangesNear } from './zones.js';
import { remembered } from './remembered.js';

/** One axis tick: where it is, what it says, and whether it starts a larger period. */
export interface Tick {
  at: number;
  label: string;
  major: boolean;
  /** A year's own tick (its label is the year), or one whose label says its year already (the rail's first below its room): viewTicks adds none. */
  year?: true;
  /** On the horizontal axis: its date is written before the tick, not after it (axis-ticks.ts). */
  end?: true;
  /** On the horizontal axis: where its date is anchored, in px from the tick (axis-ticks.ts). */
  dx?: number;
}

interface Interval {
  unit: DateTimeUnit;
  step: number;
  /** Rough length in ms, to pick the interval that gives the wanted number of ticks. */
  ms: number;
}

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;
const MONTH = 30 * DAY;
const YEAR = 365 * DAY;

// The same ladder of intervals as d3's time ticks, with ISO weeks (Monday) instead of Sunday:
// each unit in the steps d3 takes of it, written as a table (the list of 18 weighed 40 bytes more gzipped).
const LADDER: readonly Interval[] = (
  [
    ['second', SECOND, [1, 5, 15, 30]],
    ['minute', MINUTE, [1, 5, 15, 30]],
    ['hour', HOUR, [1, 3, 6, 12]],
    ['day', DAY, [1, 2]],
    ['week', WEEK, [1]],
    ['month', MONTH, [1, 3]],
    ['year', YEAR, [1]],
  ] as const
).flatMap(([unit, ms, steps]) => steps.map((step) => ({ unit, step, ms: step * ms })));

/** Picks the finest interval that gives at most `count` ticks over `span` ms. */
export function chooseInterval(span: number, count: number): Interval {
  const target = span / Math.max(1, count);
  const found = LADDER.find((interval) => interval.ms >= target);
  if (found) return found;
  // Beyond the ladder, years in steps of 1, 2 or 5 times a power of ten, as d3 picks them.
  const step = Math.max(1, tickStep(0, span / YEAR, Math.max(1, count)));
  return { unit: 'year', step, ms: step * YEAR };
}

/** The unit's field of `dt`, months counted from 0 (quarters begin in January); asked only for clock units, months and years. */
function fieldOf(dt: DateTime, unit: DateTimeUnit): number {
  return dt.get(unit as keyof DateTime) - (unit === 'month' ? 1 : 0);
}

/**
 * The year of the tick of `step` years at or before `y`, or with `after` the one after it. Years
 * before 1 CE are counted back, as they are read: a tick every hundred years is 500 BC, 400 BC
 * (-499, -399), not 501 BC, 401 BC; the common era's forward (100, 200), and the year 1 joins
 * them (100 BC, 1, 100), where a step across would be almost twice as long.
 */
function yearTick(y: number, step: number, after = 0): number {
  if (y < 1) return 1 - (Math.ceil((1 - y) / step) - after) * step;
  return Math.max(1, (Math.floor(y / step) + after) * step);
}

function isStartOf(dt: DateTime, unit: DateTimeUnit): boolean {
  return dt.startOf(unit).toMillis() === dt.toMillis();
}

// Years and months are Gregorian ones, written in the locale's calendar only where its are the same (intl-format.ts inCalendar); days are the locale's.
const MONTH_LABEL: Intl.DateTimeFormatOptions = { month: 'short', ...GREGORIAN };
const SECOND_LABEL: Intl.DateTimeFormatOptions = { ...MINUTE_LABEL, second: 'numeric' };
// How a view's first tick of a day or longer writes its year (viewTicks), by the view's unit: a
// month Gregorian as its ticks are, a day (of hours too: their midnights) in the locale's calendar as a card's date.
const WITH_YEAR: Partial<Record<DateTimeUnit, Intl.DateTimeFormatOptions>> = { month: MONTH_LABEL, week: DAY_LABEL, day: DAY_LABEL, hour: DAY_LABEL, minute: DAY_LABEL, second: DAY_LABEL };

const MAX_TICKS = 200;

/**
 * A view's ticks, the first with its year unless it is a year's own tick. A story within one
 * year writes its dates without it (short-date.ts), and an axis of months or days names a year
 * only at a January: "Jul … Dez" and "20. Juni" would leave the reader to guess which. On an
 * axis of hours the first midnight says it ("Mar 4, 2024"); where none is in view (a night of
 * minutes), the first tick writes its day before its time ("Mar 4, 2024\n9:15 PM"): a line above
 * it on the rail, and on the horizontal axis the room of the dates it would run into
 * (axis-ticks.ts). So does the first of each stretch the rail resumes after a break (`resumes`,
 * their starts): "3:00 AM" after "3 days" would read as the same morning. `make` gives the
 * view's ticks (computeTicks, or one that cuts them from a wider stretch's).
 */
export function viewTicks(start: number, end: number, count: number, zone: string, locale: string, make: typeof computeTicks = computeTicks, resumes: readonly number[] = []): Tick[] {
  const ticks = make(start, end, count, zone, locale);
  // A view where no tick of the interval falls (two hours on a phone's axis, between 3 h ticks) takes a finer one.
  if (!ticks.length && count < 99) return viewTicks(start, end, count * 2, zone, locale, make, resumes);
  const { unit } = chooseInterval(end - start, count);
  const options = WITH_YEAR[unit];
  // The view's first stretch, and each the rail resumes after a break ("3 days", "23 months").
  [start, ...resumes].forEach((from, k, starts) => {
    const inStretch = (tick: Tick) => tick.at >= from && tick.at < (starts[k + 1] ?? Infinity);
    const first = ticks.findIndex(inStretch);
    const midnight = CLOCK_UNITS.has(unit) ? ticks.findIndex((tick) => tick.major && inStretch(tick)) : first;
    const at = midnight < 0 ? first : midnight;
    const tick = ticks[at];
    if (!tick || !options || tick.year) return;
    const day = withYear(tick.at, unit, zone, locale);
    // In place: each `make` gives a list of its own (made, or cut from a longer one).
    ticks[at] = { ...tick, label: midnight < 0 ? `${day}\n${tick.label}` : day };
  });
  return ticks;
}

/** An instant written as a view's first tick of `unit` writes it, with its year ("Okt. 2024", "20. Juni 2024"); for a unit of years, the year. */
export function withYear(at: number, unit: DateTimeUnit, zone: string, locale: string): string {
  // Years before 1 CE with their era, as a year's tick writes them.
  return formatInstant(at, locale, zone, { ...(WITH_YEAR[unit] ?? YEAR_LABEL), year: 'numeric' }, `tick-${unit}-year`, at < PLAIN_YEARS.min);
}

// Zooming and panning show the same ticks frame after frame; luxon's formatting is the slow part.
const labels = new Map<string, Omit<Tick, 'at'>>();

/**
 * Ticks for the time span [start, end], at calendar boundaries of `zone` (so a day tick is
 * local midnight there, across DST changes), labelled in `locale`. `count` is how many the
 * axis has room for.
 */
export function computeTicks(start: number, end: number, count: number, zone: string, locale: string): Tick[] {
  if (!(end > start) || !Number.isFinite(start) || !Number.isFinite(end)) return [];
  const interval = chooseInterval(end - start, count);
  const { unit, step } = interval;
  const from = DateTime.fromMillis(start, { zone: luxonZone(zone), locale });
  let dt = whole(from.startOf(unit), unit);
  if (unit === 'year') dt = dt.set({ year: yearTick(dt.year, step) });
  // A window that begins near the first date a Date holds: the tick before it lies before that
  // date (an invalid DateTime: there was no tick at all), so the first is the one after.
  if (!dt.isValid) dt = whole(unit === 'year' ? from.set({ year: yearTick(from.year, step, 1) }) : from.plus({ [unit]: 1 }), unit);
  const ticks: Tick[] = [];
  // Step one unit at a time (or straight to the next multiple of the step: next()) and keep the
  // aligned ones: a DST day or a short month cannot shift them.
  for (let guard = 0; dt.toMillis() <= end && guard < MAX_TICKS * 31; guard++) {
    const at = dt.toMillis();
    // Kept where a tick sits on a multiple of its step (3 h ticks at 0, 3, 6, ... h); years are made
    // on their ticks (yearTick), and every other day restarts on the 1st so that months do not drift.
    if (
      at >= start &&
      (step === 1 ||
        unit === 'week' ||
        unit === 'year' ||
        (unit === 'day' ? (dt.day - 1) % step === 0 && dt.day < 30 : ((fieldOf(dt, unit) % step) + step) % step === 0))
    ) {
      ticks.push({
        at,
        ...remembered(labels, `${at}|${unit}|${step}|${zone}|${locale}`, (): Omit<Tick, 'at'> => {
          if (labels.size > 20_000) labels.clear();
          const text = (options: Intl.DateTimeFormatOptions, key: string, era?: boolean) => formatInstant(at, locale, zone, options, key, era);
          const year = (): Omit<Tick, 'at'> => ({
            // Years before 1 CE are meaningless without their era.
            label: text(YEAR_LABEL, 'tick-year', dt.year < 1),
            major: true,
            year: true,
          });
          switch (unit) {
            case 'year':
              return year();
            case 'month':
              return dt.month === 1 ? year() : { label: text(MONTH_LABEL, 'tick-month'), major: false };
            case 'week':
            case 'day':
              if (isStartOf(dt, 'year')) return year();
              return { label: text(DAY_LABEL, 'tick-day'), major: dt.day === 1 };
            default: {
              if (isStartOf(dt, 'day')) return { label: text(DAY_LABEL, 'tick-day'), major: true };
              // Next to a change of the zone's offset, the time says which ("1:00 AM EDT", "1:00 AM EST"):
              // as clocks go back, an hour of times comes twice, and two ticks would read alike. Within an
              // hour of it, or a tick of it: every tick of a repeated hour (half-hourly ticks in Chatham).
              const zoned = offsetChangesNear(dt.zone, at, Math.max(interval.ms, HOUR));
              const options = unit === 'second' ? SECOND_LABEL : MINUTE_LABEL;
              return { label: text(zoned ? { ...options, timeZoneName: 'short' } : options, `tick-${unit}${zoned}`), major: false };
            }
          }
        }),
      });
      if (ticks.length >= MAX_TICKS) break;
    }
    /*
     * The next time worth looking at: one unit on, or for hours, minutes and seconds straight to
     * the next multiple of the step when no change of the zone's offset lies between (then the
     * local field counts up one by one, so none of the times skipped is aligned). A 12-hour axis
     * over a month then takes 60 steps, not 720. Clock units are a fixed number of ms in luxon's
     * arithmetic too (`plus` adds them to the instant), so they are added to the instant here and a
     * DateTime made from it, with dt itself as the options: its zone and locale getters are what
     * fromMillis reads (the cast: an invalid DateTime's locale is null). `plus` makes two Durations
     * and works the calendar fields out twice, ten times as long (node, luxon 3), and the vertical
     * layout's rail makes some 50 ticks every frame of a moving window. Checked against the clock
     * itself across changes of the offset (test/core/ticks.test.ts).
     */
    let after: DateTime;
    if (unit === 'year') after = dt.set({ year: yearTick(dt.year, step, 1) });
    else if (!CLOCK_UNITS.has(unit)) after = dt.plus({ [unit]: 1 });
    else {
      const on = (units: number) => DateTime.fromMillis(at + (units * interval.ms) / step, dt as DateTimeJSOptions);
      const jumped = on(step - (fieldOf(dt, unit) % step));
      after = jumped.offset === dt.offset ? jumped : on(1);
    }
    dt = whole(after, unit);
  }
  return ticks;
}

/**
 * `dt` on a whole unit, as a tick must be. A day on from a day whose midnight did not exist
 * (São Paulo's clocks went from 00:00 to 01:00 when summer time began; Kolkata's from 00:00 to
 * 00:08:50 in 1906) would keep its 01:00 for every day after: back to the start of the day
 * (week, month, year) reached. An hour on from 01:00 where the clock moves by half an hour
 * (Lord Howe Island: 02:00 becomes 02:30, or 01:30 again) is 02:30, or 01:30: on to the next
 * whole hour (luxon's start of the hour would be 02:30 itself, 02:00 not existing, or 01:00
 * again), so that the ticks after a change are on the hour wherever the axis began.
 */
function whole(dt: DateTime, unit: DateTimeUnit): DateTime {
  if (!CLOCK_UNITS.has(unit)) return dt.startOf(unit);
  const inside = unit === 'hour' ? dt.minute || dt.second : unit === 'minute' && dt.second;
  return inside ? dt.plus({ [unit]: 1 }).startOf(unit) : dt;
}

/** Units of fixed length in luxon's arithmetic whose local field wraps at a multiple of every step (24 h, 60 min, 60 s). */
const CLOCK_UNITS: ReadonlySet<DateTimeUnit> = new Set(['hour', 'minute', 'second']);

