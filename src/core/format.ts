import { cachedFormatter, formatInstant, GREGORIAN, HOUR_MINUTE, PLAIN_YEARS, SHORT_DAY_YEAR, YEAR } from './intl-format.js';
import { dateWords } from './date-words.js';
import type { Certainty, PreciseDate } from './precision.js';
import { luxonZone } from './zones.js';

/** A date's text with its certainty, in the words of core/rare-dates.ts: "c. 1520", "Oktober 2024 (unsicher)"; spoken: "approximately 1520". */
export function qualify(text: string, certainty: Certainty | undefined, locale: string, spoken?: boolean): string {
  return certainty ? (dateWords()?.qualify(text, certainty, locale, spoken) ?? text) : text;
}

// One set of options for both ways a date is written (cached Intl, or luxon), so they cannot drift.
const DAY_OPTIONS: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'long', day: 'numeric' };
const MONTH_OPTIONS: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'long', ...GREGORIAN };
const TIME_OPTIONS: Intl.DateTimeFormatOptions = { ...DAY_OPTIONS, ...HOUR_MINUTE, timeZoneName: 'short' };
const SECONDS_OPTIONS: Intl.DateTimeFormatOptions = { ...TIME_OPTIONS, second: 'numeric' };
/** A date's options by the key its formatter is cached under (formatExactDate): one object each, not one a date written. */
const OPTIONS = { seconds: SECONDS_OPTIONS, time: TIME_OPTIONS, month: MONTH_OPTIONS, day: DAY_OPTIONS, year: YEAR };

/**
 * Writes a date at its precision in a locale: "Oktober 2024", "KW 47/2024",
 * "18. November 2024". Calendar dates are written in the zone they were read in
 * (a day is a day wherever the viewer is); times in `displayZone`, with its name.
 */
export function formatPreciseDate(date: PreciseDate, locale: string, displayZone?: string, spoken?: boolean, era?: boolean): string {
  return qualify(formatExactDate(date, locale, displayZone, era), date.certainty, locale, spoken);
}

/** formatPreciseDate without the certainty: the date's own words; with `era`, its era whatever its year (the end of a span that began before 1 CE). */
export function formatExactDate(date: PreciseDate, locale: string, displayZone?: string, era?: boolean): string {
  const { precision } = date;
  // A span or a week without its words (core/rare-dates.ts) is written as its first year or day.
  const words = precision === 'week' ? dateWords()?.week(date, locale) : precision === 'century' || precision === 'decade' ? dateWords()?.span(date, locale) : undefined;
  if (words) return words;
  const time = precision === 'time';
  const key = time ? (date.hasSeconds ? 'seconds' : 'time') : precision === 'month' ? 'month' : precision === 'week' || precision === 'day' ? 'day' : 'year';
  // Times in the display zone, with its name.
  return calendar(date, locale, OPTIONS[key], key, era, time ? (displayZone ?? date.zone.name) : undefined);
}

/**
 * A date written with Intl `options` (cached, formatInstant): a calendar date as its fields where
 * it was read, written in UTC (a day is a day wherever the viewer is); with `zone`, its instant
 * there. Years before 1 CE are meaningless without their era ("44 BC", "44 v. Chr."), told from
 * the wall clock, not from a luxon DateTime: one made (and kept, per date) for every item written
 * was 6,000 of them after a few window steps over 10,000 items. (A wall clock is in no zone: before
 * 1 January of 1 CE, a day before PLAIN_YEARS begins, it is in a year before it.)
 */
export function calendar(date: PreciseDate, locale: string, options: Intl.DateTimeFormatOptions, key: string, era?: boolean, zone?: string): string {
  const at = zone ? date.startMs : wallClock(date);
  return formatInstant(at, locale, zone ?? 'UTC', options, key, era || at < PLAIN_YEARS.min - 86_400_000);
}

/** A calendar date's fields where it was read, written as that date in UTC (a day is a day wherever the viewer is). */
export function wallClock(date: PreciseDate): number {
  const ms = date.startMs;
  return ms + date.zone.offset(ms) * 60_000;
}

/** An item's date or range, with an open end said in words ("Oktober 2024 – andauernd"). */
export function formatItemWhen(
  item: { from: PreciseDate; to?: PreciseDate; open?: 'start' | 'end' },
  locale: string,
  displayZone?: string,
  spoken?: boolean,
): string {
  if (!item.open) return formatWhen(item.from, item.to, locale, displayZone, spoken);
  const known = formatPreciseDate(item.from, locale, displayZone, spoken);
  // Said in the words of core/rare-dates.ts; without them, the known date alone.
  return dateWords()?.open(known, item.open, locale) ?? known;
}

/** A single date, or a range written as "start – end", each at its own precision. */
export function formatWhen(start: PreciseDate, end: PreciseDate | undefined, locale: string, displayZone?: string, spoken?: boolean): string {
  const first = formatPreciseDate(start, locale, displayZone, spoken);
  if (!end) return first;
  // Two exact times as Intl writes a range: a day they share written once ("March 10, 2024, 3:05 –
  // 4:10 PM UTC", not the day twice). Years before 1 CE need their era, which TIME_OPTIONS lack.
  const seconds = start.hasSeconds || end.hasSeconds;
  return (
    (!start.certainty && !end.certainty && start.precision === 'time' && end.precision === 'time' && displayZone && start.startMs >= PLAIN_YEARS.min &&
      intlRange(start.startMs, end.startMs, locale, displayZone, seconds ? SECONDS_OPTIONS : TIME_OPTIONS, seconds ? 'seconds' : 'time')) ||
    dateRange(first, formatPreciseDate(end, locale, displayZone, spoken, start.startMs < PLAIN_YEARS.min))
  );
}

/**
 * Two instants as Intl writes a range in `zone`, where the zone's offset is the same at both
 * (Intl writes the zone once, the end's: "1:20 – 1:40 AM EST" across autumn's hour that comes
 * twice); else undefined, as where Intl is not handed the locale or zone.
 */
function intlRange(from: number, to: number, locale: string, zone: string, options: Intl.DateTimeFormatOptions, key: string): string | undefined {
  const clock = luxonZone(zone);
  return (clock.offset(from) === clock.offset(to) && cachedFormatter(locale, zone, options, key)?.formatRange(from, to)) || undefined;
}

/** Two dates as a range, "first – last"; one written the same as the other is written once. */
export function dateRange(first: string, last: string): string {
  return first === last ? first : `${first} – ${last}`;
}

/**
 * The days a span runs over in `zone`, with short months ("Jul 1, 2024 – Nov 30, 2024"); with
 * their hours, minutes and zone when `time`, as Intl writes a range: the day they share written
 * once ("Mar 10, 2024, 3:05 – 4:10 AM EDT", not the day twice). A chip's span and a window's
 * edges. Before 1 CE with eras ("Mar 15, 44 BC": a year alone reads as one of our era). Days
 * are written each whole: Intl's range takes ten times two dates' time (20 µs), and a moving
 * phone layout names a dozen chips of days a frame; where only luxon writes the dates (a zone
 * or a locale Intl is not handed), times are too.
 */
export function formatShortDays([from, to]: readonly [number, number], locale: string, zone: string, time?: boolean): string {
  const era = from < PLAIN_YEARS.min;
  const options: Intl.DateTimeFormatOptions = { ...SHORT_DAY_YEAR, ...(time && { ...HOUR_MINUTE, timeZoneName: 'short' }), ...(era && { era: 'short' }) };
  // A key names one set of options: its formatter is the one the last use of that key made.
  const key = `days${time}${era}`;
  const end = (ms: number) => formatInstant(ms, locale, zone, options, key);
  // Times across a change of the zone's offset are written whole, each with its own zone ("1:20 AM
  // EDT – 1:40 AM EST"). Intl writes any year and is handed any zone it reads.
  return (time && intlRange(from, to, locale, zone, options, key)) || dateRange(end(from), end(to));
}
