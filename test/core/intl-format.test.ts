import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { formatPreciseDate, formatShortDays } from '../../src/core/format.js';
import { formatInstant } from '../../src/core/intl-format.js';
import { formatShortItemWhen, shortDateContext } from '../../src/core/short-date.js';
import { parsePreciseDate, type PreciseDate } from '../../src/core/precision.js';

const ZONES = ['UTC', 'Europe/Berlin', 'America/New_York', 'Asia/Kolkata', 'Australia/Lord_Howe', 'Pacific/Chatham', 'America/St_Johns', 'Asia/Tokyo'];
const LOCALES = ['en', 'de', 'de-CH', 'fr', 'ar-EG', 'th', 'ja', 'fa', 'hi', 'en-GB', 'zh-Hant-TW'];

function read(text: string, zone: string): PreciseDate {
  const r = parsePreciseDate(text, zone);
  if (!r.ok) throw new Error(`${text}: ${r.message}`);
  return r.value;
}

/** What luxon writes for the date, the way formatPreciseDate did before it had a direct path. */
function luxonText(date: PreciseDate, locale: string, displayZone: string): string {
  const dt = DateTime.fromMillis(date.startMs, { zone: date.zone }).setLocale(locale);
  // A month at month precision is a Gregorian month, written in the locale's calendar only where
  // its months are the Gregorian ones (of LOCALES, th's Buddhist one: a Buddhist year).
  if (date.precision === 'month') return dt.toLocaleString({ year: 'numeric', month: 'long', ...(locale === 'th' ? {} : { calendar: 'gregory' }) });
  if (date.precision === 'day') return dt.toLocaleString({ year: 'numeric', month: 'long', day: 'numeric' });
  return dt.setZone(displayZone).toLocaleString({
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    ...(date.hasSeconds ? { second: 'numeric' } : {}),
    timeZoneName: 'short',
  });
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

describe('dates written by a cached Intl formatter read exactly as luxon writes them', () => {
  it('days, months and times, in any zone, locale and display zone', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1000, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        fc.option(fc.integer({ min: 0, max: 59 })),
        fc.constantFrom('month', 'day', 'time', 'time-utc'),
        fc.constantFrom(...ZONES),
        fc.constantFrom(...ZONES),
        fc.constantFrom(...LOCALES),
        (y, mo, d, h, mi, s, form, readZone, displayZone, locale) => {
          const day = `${pad(y, 4)}-${pad(mo)}-${pad(d)}`;
          const time = `${day}T${pad(h)}:${pad(mi)}${s === null ? '' : `:${pad(s)}`}`;
          const text = form === 'month' ? day.slice(0, 7) : form === 'day' ? day : form === 'time' ? time : `${time}Z`;
          const r = parsePreciseDate(text, readZone);
          fc.pre(r.ok); // a wall-clock time in a daylight-saving gap is not a date
          if (!r.ok) return;
          expect(formatPreciseDate(r.value, locale, displayZone)).to.equal(luxonText(r.value, locale, displayZone));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('a day stays the day it was given, also across a clock change at midnight', () => {
    // Santiago moved its clocks at midnight: 2022-09-11 began at 01:00.
    const date = read('2022-09-11', 'America/Santiago');
    expect(formatPreciseDate(date, 'en', 'UTC')).to.equal('September 11, 2022');
    expect(formatPreciseDate(date, 'de', 'UTC')).to.equal(luxonText(date, 'de', 'UTC'));
  });

  it('a locale with Unicode extensions is still written in its own calendar', () => {
    const date = read('2024-11-18', 'UTC');
    expect(formatPreciseDate(date, 'th-u-ca-gregory', 'UTC')).to.equal(luxonText(date, 'th-u-ca-gregory', 'UTC'));
    expect(formatPreciseDate(date, 'en-u-ca-buddhist', 'UTC')).to.contain('2567');
  });
});

describe('instants (chips, axis ticks) are written as luxon writes them', () => {
  const OPTIONS: Intl.DateTimeFormatOptions[] = [
    DateTime.DATE_MED,
    { year: 'numeric' },
    { month: 'short' },
    { day: 'numeric', month: 'short' },
    { hour: 'numeric', minute: 'numeric' },
    { hour: 'numeric', minute: 'numeric', second: 'numeric' },
  ];

  it('any instant, zone, locale and options', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1000, 0, 1), max: Date.UTC(9999, 0, 1) }),
        fc.constantFrom(...ZONES, 'utc', 'UTC+3', 'system', 'Etc/GMT+5'),
        fc.constantFrom(...LOCALES),
        fc.integer({ min: 0, max: OPTIONS.length - 1 }),
        (ms, zone, locale, which) => {
          const options = OPTIONS[which]!;
          expect(formatInstant(ms, locale, zone, options, `test-${which}`)).to.equal(DateTime.fromMillis(ms, { zone, locale }).toLocaleString(options));
        },
      ),
      { numRuns: 400 },
    );
  });

  /** One day (or instant) as a span of it alone: written once. */
  const day = (ms: number, locale: string, zone: string, time?: boolean) => formatShortDays([ms, ms], locale, zone, time);
  /** Intl's ranges are spaced with thin spaces: read as plain ones. */
  const plain = (text: string) => text.replace(/\s/g, ' ');

  it('a chip names its first and last day, each whole', () => {
    expect(day(Date.UTC(2024, 10, 18, 23, 30), 'en', 'Europe/Berlin')).to.equal('Nov 19, 2024');
    expect(formatShortDays([Date.UTC(2024, 6, 1), Date.UTC(2024, 10, 30)], 'en', 'UTC')).to.equal('Jul 1, 2024 – Nov 30, 2024');
    expect(formatShortDays([Date.UTC(2024, 9, 5), Date.UTC(2024, 9, 7)], 'de', 'Europe/Berlin')).to.equal('5. Okt. 2024 – 7. Okt. 2024');
  });

  it('a span within one day writes its day once, its two times and the zone they are in', () => {
    const at = (iso: string) => DateTime.fromISO(iso, { zone: 'UTC' }).toMillis();
    expect(plain(formatShortDays([at('2024-04-15T13:00'), at('2024-04-15T19:00')], 'en', 'America/New_York', true))).to.equal('Apr 15, 2024, 9:00 AM – 3:00 PM EDT');
    expect(plain(formatShortDays([at('2024-04-15T13:00'), at('2024-04-16T19:00')], 'en', 'America/New_York', true))).to.equal('Apr 15, 2024, 9:00 AM EDT – Apr 16, 2024, 3:00 PM EDT');
    // In a zone only luxon is handed, each end whole, as before.
    expect(plain(formatShortDays([at('2024-04-15T13:00'), at('2024-04-15T19:00')], 'en', 'UTC+2', true))).to.equal('Apr 15, 2024, 3:00 PM GMT+2 – Apr 15, 2024, 9:00 PM GMT+2');
  });

  it('a span across a change of the zone\'s offset names each end\'s zone: the hour that comes twice reads as the 80 minutes it is', () => {
    const at = (iso: string) => DateTime.fromISO(iso, { zone: 'UTC' }).toMillis();
    // 1:20 EDT to 1:40 EST (Intl's range would write one zone, the end's, for both: "1:20 – 1:40 AM EST").
    expect(plain(formatShortDays([at('2024-11-03T05:20'), at('2024-11-03T06:40')], 'en', 'America/New_York', true))).to.equal('Nov 3, 2024, 1:20 AM EDT – Nov 3, 2024, 1:40 AM EST');
    expect(plain(formatShortDays([at('2024-03-10T06:20'), at('2024-03-10T07:40')], 'en', 'America/New_York', true))).to.equal('Mar 10, 2024, 1:20 AM EST – Mar 10, 2024, 3:40 AM EDT');
    // Days are named without zones.
    expect(formatShortDays([at('2024-11-01T04:00'), at('2024-11-05T03:00')], 'en', 'America/New_York')).to.equal('Nov 1, 2024 – Nov 4, 2024');
  });

  it('a day before 1 CE has its era, and so has the end of a span that began then; a day with its time when asked', () => {
    const at = (iso: string) => DateTime.fromISO(iso, { zone: 'UTC' }).toMillis();
    expect(day(at('-000043-03-15'), 'en', 'UTC')).to.equal('Mar 15, 44 BC');
    expect(formatShortDays([at('-000030-02-14'), at('0001-09-17')], 'en', 'UTC')).to.equal('Feb 14, 31 BC – Sep 17, 1 AD');
    expect(plain(formatShortDays([at('-000043-03-15T10:00'), at('-000043-03-15T12:30')], 'en', 'UTC', true))).to.equal('Mar 15, 44 BC, 10:00 AM – 12:30 PM UTC');
    expect(day(at('-000043-03-15'), 'de', 'UTC')).to.equal('15. März 44 v. Chr.');
    expect(plain(day(at('2024-03-10T08:05'), 'en', 'America/New_York', true))).to.equal('Mar 10, 2024, 4:05 AM EDT');
    expect(day(at('2024-06-20'), 'en', 'UTC')).to.equal('Jun 20, 2024');
  });

  it('a chip’s day keeps its year after a label of a one-year story wrote a day without one, and the label keeps writing none', () => {
    const oneYear = shortDateContext([Date.UTC(2024, 0, 1), Date.UTC(2024, 11, 31)], 'UTC');
    const item = { from: read('2024-06-20', 'UTC') };
    for (let round = 0; round < 2; round++) {
      expect(formatShortItemWhen(item, 'en', 'UTC', oneYear)).to.equal('Jun 20');
      expect(day(Date.UTC(2024, 5, 20), 'en', 'UTC')).to.equal('Jun 20, 2024');
    }
  });
});
