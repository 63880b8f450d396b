import { DateTime } from 'luxon';
import { isKnownZone, luxonZone } from './zones.js';
import { remembered } from './remembered.js';

/**
 * Intl date formatters made once per locale, zone and options. Luxon builds a formatter
 * object and a cache key (JSON of the options) for every date it writes; the element names
 * every drawn event, so a first picture of a crowded view writes a few hundred dates.
 */
const formatters = new Map<string, Intl.DateTimeFormat | null>();

// A bare language tag: anything with Unicode extensions (-u-ca-…, -u-nu-…) goes through luxon,
// which reads those itself.
const PLAIN_LOCALE = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

/**
 * A year, a month or a week given at that precision is a Gregorian one: written in another
 * calendar (`-u-ca-islamic`, or the default of `fa`, `ar-SA`) it would name a period that
 * straddles two of that calendar's ("2024" as "1445 – 1446 AH"), and an axis tick at 1 April
 * would be named after the month of that calendar it falls in. Days and times are the same day
 * in every calendar, so they keep the locale's. (See inCalendar for the calendars whose years
 * and months are the Gregorian ones.)
 */
export const GREGORIAN: Intl.DateTimeFormatOptions = { calendar: 'gregory' };

/*
 * Options the axis, the labels' date lines and the names share: one object each, made once (a
 * label is written for each of thousands of items, and made no options of its own).
 */
/** A year of GREGORIAN. */
export const YEAR: Intl.DateTimeFormatOptions = { year: 'numeric', ...GREGORIAN };
/** A day with a short month ("Oct 18", "18. Okt."). */
export const SHORT_DAY: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short' };
/** A day with a short month and its year ("Oct 18, 2024"). */
export const SHORT_DAY_YEAR: Intl.DateTimeFormatOptions = { ...SHORT_DAY, year: 'numeric' };
/** Hours and minutes ("9:05 AM", "09:05"). */
export const HOUR_MINUTE: Intl.DateTimeFormatOptions = { hour: 'numeric', minute: 'numeric' };

// Calendars whose years and months are the Gregorian ones, numbered otherwise: Thailand's
// Buddhist era (the default of `th`), the Republic of China's years, Japan's eras.
const SAME_MONTHS = /^(buddhist|roc|japanese)$/;
const countsGregorianMonths = new Map<string, boolean>();

/**
 * `options` as `locale` writes them: a year or a month of GREGORIAN in the locale's own calendar
 * where its years and months are the same periods, so that an axis and a card agree ("พ.ศ. 2567"
 * over "5 ธ.ค. 2567", not "2024" over it); else as given.
 */
export function inCalendar(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormatOptions {
  // Asked only for a year or a month; a locale Intl refuses throws here as in the formatting asked for.
  return options.calendar && remembered(countsGregorianMonths, locale, () => SAME_MONTHS.test(Intl.DateTimeFormat(locale).resolvedOptions().calendar))
    ? { ...options, calendar: undefined }
    : options;
}

/**
 * Instants whose year is 1 to 9999 in every zone: no era, four digits at most. (Not
 * Date.UTC(1, 0, 2): Date.UTC reads years 0 to 99 as 1900 to 1999, and every date before 1901
 * had its era, "Mar 1850 AD".)
 */
export const PLAIN_YEARS = { min: -62_135_510_400_000, max: Date.UTC(9999, 11, 30) } as const;

/**
 * A cached formatter for `timeZone`, or null when the locale has extensions or Intl refuses
 * the locale or zone (the caller then asks luxon).
 */
/**
 * The formatter last used for each options key, with its locale and zone: a label writes
 * thousands of dates in one locale and zone, and this answers them without building and
 * hashing a new key string for each (the options keys are constants, hashed once).
 */
const lastUsed = new Map<string, { locale: string; timeZone: string; formatter: Intl.DateTimeFormat | null }>();

export function cachedFormatter(locale: string, timeZone: string, options: Intl.DateTimeFormatOptions, optionsKey: string): Intl.DateTimeFormat | null {
  const last = lastUsed.get(optionsKey);
  if (last && last.locale === locale && last.timeZone === timeZone) return last.formatter;
  const formatter = remembered(formatters, `${locale}|${timeZone}|${optionsKey}`, () => {
    if (PLAIN_LOCALE.test(locale)) {
      try {
        return new Intl.DateTimeFormat(locale, { ...inCalendar(locale, options), timeZone });
      } catch {
        // Intl refuses the locale or the zone: null, as for a locale with extensions.
      }
    }
    return null;
  });
  lastUsed.set(optionsKey, { locale, timeZone, formatter });
  return formatter;
}

/** A zone luxon hands to Intl by its name: an IANA area/city name, or UTC (luxon's fixed UTC is written as "UTC" too). */
export function isNamedZone(zone: string): boolean {
  return zone === 'UTC' || (zone.includes('/') && isKnownZone(zone));
}

/**
 * An instant written with Intl `options` in `zone` and `locale`: the text luxon's
 * toLocaleString gives, from a cached formatter where one can be used. With `era`, its era too
 * ("44 BC", and "14 AD" at the end of a span that began before 1 CE), under a key of its own.
 */
export function formatInstant(ms: number, locale: string, zone: string, options: Intl.DateTimeFormatOptions, optionsKey: string, era?: boolean): string {
  const withEra: Intl.DateTimeFormatOptions = era ? { ...options, era: 'short' } : options;
  if (ms >= PLAIN_YEARS.min && ms <= PLAIN_YEARS.max && isNamedZone(zone)) {
    const text = cachedFormatter(locale, zone, withEra, era ? `${optionsKey}-era` : optionsKey)?.format(ms);
    if (text !== undefined) return text;
  }
  return DateTime.fromMillis(ms, { zone: luxonZone(zone), locale }).toLocaleString(inCalendar(locale, withEra));
}
