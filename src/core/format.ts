import { DateTime } from 'luxon';
import type { PreciseDate } from './precision.js';

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

function yearText(dt: DateTime, locale: string): string {
  return dt.setLocale(locale).toLocaleString({ year: 'numeric', ...eraOptions(dt) });
}

function weekText(date: PreciseDate, locale: string): string {
  const { start } = date;
  const pattern = WEEK_PATTERNS[language(locale)];
  const weekYear = start.set({ year: start.weekYear, month: 7 });
  if (pattern) return pattern(start.weekNumber, yearText(weekYear, locale));
  // For other languages, the week's first and last day say the same honestly.
  const last = date.end.minus({ days: 1 });
  const fmt = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  const utc = (d: DateTime) => new Date(Date.UTC(d.year, d.month - 1, d.day));
  return fmt.formatRange(utc(start), utc(last));
}

/**
 * Writes a date at its precision in a locale: "Oktober 2024", "KW 47/2024",
 * "18. November 2024". Calendar dates are written in the zone they were read in
 * (a day is a day wherever the viewer is); times in `displayZone`, with its name.
 */
export function formatPreciseDate(date: PreciseDate, locale: string, displayZone?: string): string {
  const dt = date.start.setLocale(locale);
  switch (date.precision) {
    case 'year':
      return yearText(dt, locale);
    case 'month':
      return dt.toLocaleString({ year: 'numeric', month: 'long', ...eraOptions(dt) });
    case 'week':
      return weekText(date, locale);
    case 'day':
      return dt.toLocaleString({ year: 'numeric', month: 'long', day: 'numeric', ...eraOptions(dt) });
    case 'time': {
      const shown = displayZone ? dt.setZone(displayZone) : dt;
      return shown.toLocaleString({
        year: 'numeric',
        month: 'long',
        day: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
        ...(date.hasSeconds ? { second: '2-digit' } : {}),
        timeZoneName: 'short',
        ...eraOptions(shown),
      });
    }
  }
}

/** A single date, or a range written as "start – end", each at its own precision. */
export function formatWhen(start: PreciseDate, end: PreciseDate | undefined, locale: string, displayZone?: string): string {
  const first = formatPreciseDate(start, locale, displayZone);
  if (!end) return first;
  const last = formatPreciseDate(end, locale, displayZone);
  return first === last ? first : `${first} – ${last}`;
}
