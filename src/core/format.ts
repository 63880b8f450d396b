import { DateTime } from 'luxon';
import { cachedFormatter, formatInstant, isNamedZone, PLAIN_YEARS } from './intl-format.js';
import type { Certainty, PreciseDate } from './precision.js';
import { luxonZone } from './zones.js';

// Intl has no calendar-week format; these are how each language writes one.
const WEEK_PATTERNS: Record<string, (week: number, year: string) => string> = {
  de: (w, y) => `KW ${w}/${y}`,
  en: (w, y) => `Week ${w}, ${y}`,
  fr: (w, y) => `semaine ${w} ${y}`,
  es: (w, y) => `semana ${w} de ${y}`,
  it: (w, y) => `settimana ${w} del ${y}`,
  nl: (w, y) => `week ${w} ${y}`,
  pl: (w, y) => `tydzień ${w} ${y}`,
  uk: (w, y) => `тиждень ${w}, ${y}`,
  ru: (w, y) => `неделя ${w}, ${y}`,
};

function language(locale: string): string {
  return locale.toLowerCase().split(/[-_]/)[0] ?? 'en';
}

/** Years before 1 CE are meaningless without their era ("44 BC", "44 v. Chr."). */
function eraOptions(dt: DateTime): Intl.DateTimeFormatOptions {
  return dt.year < 1 ? { era: 'short' } : {};
}

/**
 * A year or a month given at that precision is a Gregorian one: written in another calendar
 * (`-u-ca-islamic`, or the default of `fa`, `th`, `ar-SA`) it would name a period that
 * straddles two of that calendar's ("2024" as "1445 – 1446 AH"). Days and times are the same
 * day in every calendar, so they keep the locale's.
 */
const GREGORIAN: Intl.DateTimeFormatOptions = { calendar: 'gregory' };

function yearText(dt: DateTime, locale: string): string {
  return dt.setLocale(locale).toLocaleString({ year: 'numeric', ...GREGORIAN, ...eraOptions(dt) });
}

const gregorianYears = new Map<string, Intl.DateTimeFormat>();

/**
 * An ISO week-year as the locale writes a year, always in the Gregorian calendar: an ISO week
 * belongs to it whatever calendar the locale asks for (`-u-ca-islamic` would otherwise turn
 * week 10 of 2024 into "Week 10, 1445 AH"). The option wins over the locale's extension.
 */
function isoYearText(year: number, locale: string): string {
  const key = `${locale}|${year < 1 ? 'era' : ''}`;
  let format = gregorianYears.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { year: 'numeric', calendar: 'gregory', timeZone: 'UTC', ...(year < 1 ? { era: 'short' } : {}) });
    gregorianYears.set(key, format);
  }
  const date = new Date(0);
  date.setUTCFullYear(year, 6, 1);
  return format.format(date);
}

function weekText(date: PreciseDate, locale: string): string {
  const { start } = date;
  const pattern = WEEK_PATTERNS[language(locale)];
  if (pattern) return pattern(start.weekNumber, isoYearText(start.weekYear, locale));
  // For other languages, the week's first and last day say the same honestly.
  const last = date.end.minus({ days: 1 });
  const fmt = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  const utc = (d: DateTime) => new Date(Date.UTC(d.year, d.month - 1, d.day));
  return fmt.formatRange(utc(start), utc(last));
}

/** How each language writes a decade and a century that EDTF's 201X and 19XX name; others give the years. */
const SPANS: Record<string, { decade: (y: number) => string; century: (n: number) => string }> = {
  en: { decade: (y) => `${y}s`, century: (n) => `${n}${ordinalSuffix(n)} century` },
  de: { decade: (y) => `${y}er`, century: (n) => `${n}. Jahrhundert` },
  fr: { decade: (y) => `années ${y}`, century: (n) => `${n}${n === 1 ? 'er' : 'e'} siècle` },
};

function ordinalSuffix(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
}

function spanText(date: PreciseDate, locale: string): string {
  const first = date.start.year;
  const words = SPANS[language(locale)];
  if (date.precision === 'decade') return words ? words.decade(first) : `${first}–${first + 9}`;
  // 19XX is the hundred years 1900–1999, called the 20th century.
  return words ? words.century(Math.floor(first / 100) + 1) : `${first}–${first + 99}`;
}

/** How each language marks an approximate or uncertain date, written (label, details) and spoken (name). */
const QUALIFIED: Record<string, { written: Record<Certainty, (d: string) => string>; spoken: Record<Certainty, (d: string) => string> }> = {
  en: {
    written: { approximate: (d) => `c. ${d}`, uncertain: (d) => `${d}?`, both: (d) => `c. ${d}?` },
    spoken: { approximate: (d) => `approximately ${d}`, uncertain: (d) => `${d}, uncertain`, both: (d) => `approximately ${d}, uncertain` },
  },
  de: {
    written: { approximate: (d) => `um ${d}`, uncertain: (d) => `${d} (unsicher)`, both: (d) => `um ${d} (unsicher)` },
    spoken: { approximate: (d) => `ungefähr ${d}`, uncertain: (d) => `${d}, unsicher`, both: (d) => `ungefähr ${d}, unsicher` },
  },
};

/** A date's text with its certainty: "c. 1520", "Oktober 2024 (unsicher)"; spoken: "approximately 1520". */
export function qualify(text: string, certainty: Certainty | undefined, locale: string, spoken = false): string {
  if (!certainty) return text;
  const words = QUALIFIED[language(locale)] ?? QUALIFIED['en']!;
  return (spoken ? words.spoken : words.written)[certainty](text);
}

// One set of options for both ways a date is written (cached Intl, or luxon), so they cannot drift.
const DAY_OPTIONS: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'long', day: 'numeric' };
const MONTH_OPTIONS: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'long', ...GREGORIAN };
const TIME_OPTIONS: Intl.DateTimeFormatOptions = { ...DAY_OPTIONS, hour: '2-digit', minute: '2-digit', timeZoneName: 'short' };
const SECONDS_OPTIONS: Intl.DateTimeFormatOptions = { ...TIME_OPTIONS, second: '2-digit' };

/**
 * Writes a date at its precision in a locale: "Oktober 2024", "KW 47/2024",
 * "18. November 2024". Calendar dates are written in the zone they were read in
 * (a day is a day wherever the viewer is); times in `displayZone`, with its name.
 */
export function formatPreciseDate(date: PreciseDate, locale: string, displayZone?: string, spoken = false): string {
  return qualify(formatExactDate(date, locale, displayZone), date.certainty, locale, spoken);
}

/** formatPreciseDate without the certainty: the date's own words. */
export function formatExactDate(date: PreciseDate, locale: string, displayZone?: string): string {
  const fast = formatDirectly(date, locale, displayZone);
  if (fast !== undefined) return fast;
  const dt = date.start.setLocale(locale);
  switch (date.precision) {
    case 'century':
    case 'decade':
      return spanText(date, locale);
    case 'year':
      return yearText(dt, locale);
    case 'month':
      return dt.toLocaleString({ ...MONTH_OPTIONS, ...eraOptions(dt) });
    case 'week':
      return weekText(date, locale);
    case 'day':
      return dt.toLocaleString({ ...DAY_OPTIONS, ...eraOptions(dt) });
    case 'time': {
      const shown = displayZone ? dt.setZone(luxonZone(displayZone)) : dt;
      return shown.toLocaleString({ ...(date.hasSeconds ? SECONDS_OPTIONS : TIME_OPTIONS), ...eraOptions(shown) });
    }
  }
}

/**
 * What formatPreciseDate writes through luxon, written by a cached Intl formatter for the
 * usual cases: days and months of years 1 to 9999, and times shown in a named zone. The same
 * options go to the same Intl, so the text is the same (property-tested); anything else is
 * undefined and goes through luxon.
 */
function formatDirectly(date: PreciseDate, locale: string, displayZone: string | undefined): string | undefined {
  const ms = date.startMs;
  if (!(ms >= PLAIN_YEARS.min && ms <= PLAIN_YEARS.max)) return undefined;
  if (date.precision === 'day' || date.precision === 'month') {
    // Its calendar fields where it was read, written as that date in UTC.
    const wall = ms + date.zone.offset(ms) * 60_000;
    const day = date.precision === 'day';
    return cachedFormatter(locale, 'UTC', day ? DAY_OPTIONS : MONTH_OPTIONS, date.precision)?.format(wall);
  }
  if (date.precision === 'time' && displayZone !== undefined && isNamedZone(displayZone)) {
    const options = date.hasSeconds ? SECONDS_OPTIONS : TIME_OPTIONS;
    return cachedFormatter(locale, displayZone, options, date.hasSeconds ? 'seconds' : 'time')?.format(ms);
  }
  return undefined;
}

/** How each language says that a range goes on, or that its start is unknown. */
const OPEN_WORDS: Record<string, { ongoing: string; unknown: string }> = {
  en: { ongoing: 'ongoing', unknown: 'unknown start' },
  de: { ongoing: 'andauernd', unknown: 'Beginn unbekannt' },
  fr: { ongoing: 'en cours', unknown: 'début inconnu' },
};

/** An item's date or range, with an open end said in words ("Oktober 2024 – andauernd"). */
export function formatItemWhen(
  item: { from: PreciseDate; to?: PreciseDate; open?: 'start' | 'end' },
  locale: string,
  displayZone?: string,
  spoken = false,
): string {
  if (!item.open) return formatWhen(item.from, item.to, locale, displayZone, spoken);
  const words = OPEN_WORDS[language(locale)] ?? OPEN_WORDS['en']!;
  const known = formatPreciseDate(item.from, locale, displayZone, spoken);
  return item.open === 'end' ? `${known} – ${words.ongoing}` : `${words.unknown} – ${known}`;
}

/** A single date, or a range written as "start – end", each at its own precision. */
export function formatWhen(start: PreciseDate, end: PreciseDate | undefined, locale: string, displayZone?: string, spoken = false): string {
  const first = formatPreciseDate(start, locale, displayZone, spoken);
  if (!end) return first;
  const last = formatPreciseDate(end, locale, displayZone, spoken);
  return first === last ? first : `${first} – ${last}`;
}

const SHORT_DAY_OPTIONS: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'short', day: 'numeric' };

/** The day an instant falls on in `zone`, with a short month ("Nov 18, 2024"): a chip's span. */
export function formatShortDay(ms: number, locale: string, zone: string): string {
  return formatInstant(ms, locale, zone, SHORT_DAY_OPTIONS, 'short-day');
}
