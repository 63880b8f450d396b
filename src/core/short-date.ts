import { dateWords } from './date-words.js';
import { calendar, dateRange, formatExactDate, qualify } from './format.js';
import { formatInstant, GREGORIAN, HOUR_MINUTE as TIME, PLAIN_YEARS, SHORT_DAY as DAY_IN_YEAR, SHORT_DAY_YEAR as DAY_WITH_YEAR, YEAR } from './intl-format.js';
import type { PreciseDate } from './precision.js';
import type { View } from './view.js';
import { luxonZone, offsetChangesNear } from './zones.js';

/**
 * The short date line over each label ("18. Nov.", "Okt. 2024", "KW 47", "20:17"): what a
 * reader needs to place an item at a glance, written by the same cached Intl formatters as
 * the details panel and the axis. It leaves out what the whole story shares: the year when
 * the story lies within one year, the day when it lies within one day.
 */
export interface ShortDateContext {
  /** Every item falls in one calendar year (in the zone it is shown in). */
  oneYear: boolean;
  /** Every item falls on one day. */
  oneDay: boolean;
}

const DAY = 86_400_000;
const HOUR = 3_600_000;

/** What the story in `view` (its fitted window) shares, in `zone`. */
export function shortDateContext(view: View, zone: string): ShortDateContext {
  const [a, b] = view;
  // The axis's year ticks' options (one object, intl-format.ts), as they share its cache key.
  const year = (ms: number) => formatInstant(ms, 'en', zone, YEAR, 'tick-year');
  const day = (ms: number) => formatInstant(ms, 'en', zone, { year: 'numeric', month: 'numeric', day: 'numeric' }, 'numeric-day');
  const oneDay = b - a <= DAY && day(a) === day(b);
  return { oneDay, oneYear: oneDay || (b - a <= 366 * DAY && year(a) === year(b)) };
}

/**
 * A time's options by their key (below), each made once: made for every time written, with the
 * object spreads they take, they were three quarters of a time label's cost (a time's date line
 * took 8-12 µs against a day's 1-2, in Node, on the bench's data; 2.4-3.1 µs with them kept).
 */
const timeOptions: Record<string, Intl.DateTimeFormatOptions> = {};

/** One date at its precision, short, with its certainty ("c. 1520", "Okt. 2024 (unsicher)"). */
export function formatShortDate(date: PreciseDate, locale: string, displayZone: string, context: ShortDateContext, era?: boolean): string {
  return qualify(
    (() => {
      switch (date.precision) {
        case 'century':
        case 'decade':
          // "2010s", "20. Jahrhundert": short already.
          return formatExactDate(date, locale, displayZone);
        case 'year':
          return calendar(date, locale, YEAR, 'short-year', era);
        case 'month':
          return calendar(date, locale, { month: 'short', year: 'numeric', ...GREGORIAN }, 'short-month', era);
        case 'week': {
          // Across years, the week as the details panel writes it ("KW 47/2024"); within one, its number alone.
          return (context.oneYear && dateWords()?.shortWeek(date, locale)) || formatExactDate(date, locale, displayZone);
        }
        case 'day':
          return calendar(date, locale, context.oneYear ? DAY_IN_YEAR : DAY_WITH_YEAR, context.oneYear ? 'short-day' : 'short-day-year', era);
        case 'time': {
          const at = date.startMs;
          // On one day, in one year, across years: what the time is written with.
          const span = context.oneDay ? 0 : context.oneYear ? 1 : 2;
          // Where its year is written, a time before 1 CE (in some zone) is written with its era.
          const bce = era || (span > 1 && at < PLAIN_YEARS.min);
          // Within an hour of a change of the zone's offset, the time names the zone ("1:30 AM EDT",
          // "1:30 AM EST"), as the axis's ticks do: as clocks go back an hour of times comes twice,
          // and two labels an hour apart read alike.
          const zoned = offsetChangesNear(luxonZone(displayZone), at, HOUR);
          // (An option left undefined is one not given. The key names the options: they and the
          // formatter are made once per key, and a crowded first picture writes about 1,700 labels.)
          const key = `time${span}${date.hasSeconds}${zoned}`;
          const options = (timeOptions[key] ??= {
            ...[{}, DAY_IN_YEAR, DAY_WITH_YEAR][span],
            ...TIME,
            second: date.hasSeconds ? 'numeric' : undefined,
            timeZoneName: zoned ? 'short' : undefined,
          });
          return formatInstant(at, locale, displayZone, options, key, bce);
        }
      }
    })(),
    date.certainty,
    locale,
  );
}

/** An item's date or range, short, an open end in words ("Okt. 2024 – andauernd", "Beginn unbekannt – Okt. 2024"). */
export function formatShortItemWhen(
  item: { from: PreciseDate; to?: PreciseDate; open?: 'start' | 'end' },
  locale: string,
  displayZone: string,
  context: ShortDateContext,
): string {
  if (!item.open) return formatShortWhen(item.from, item.to, locale, displayZone, context);
  const known = formatShortDate(item.from, locale, displayZone, context);
  // The words come with the rarer dates' part, which a document with an open end waits for (without them, the known date alone).
  return dateWords()?.open(known, item.open, locale) ?? known;
}

/** An item's date, or its range as "start – end", short. */
export function formatShortWhen(from: PreciseDate, to: PreciseDate | undefined, locale: string, displayZone: string, context: ShortDateContext): string {
  const first = formatShortDate(from, locale, displayZone, context);
  if (!to) return first;
  // An end on the day its span began is written as its time alone ("Mar 10, 2023, 9:00 AM – 5:30 PM");
  // the end of a span that began before 1 CE has its era ("Jan 16, 27 BC – Aug 19, 14 AD").
  return dateRange(first, formatShortDate(to, locale, displayZone, { ...context, oneDay: shortDateContext([from.startMs, to.startMs], displayZone).oneDay }, from.startMs < PLAIN_YEARS.min));
}
