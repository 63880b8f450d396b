import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { formatPreciseDate, formatWhen } from '../../src/core/format.js';
import { parsePreciseDate, type PreciseDate } from '../../src/core/precision.js';
import { useDateWords } from '../../src/core/date-words.js';
import { rareDateWords } from '../../src/core/rare-dates.js';

// The words of weeks, spans and qualified dates, as the element registers them once loaded.
useDateWords(rareDateWords);

function d(text: string, zone = 'Europe/Berlin'): PreciseDate {
  const r = parsePreciseDate(text, zone);
  if (!r.ok) throw new Error(r.message);
  return r.value;
}

describe('formatPreciseDate: a date is written at its precision, in the locale', () => {
  it('writes a month as the month, not as its first day', () => {
    expect(formatPreciseDate(d('2024-10'), 'de')).to.equal('Oktober 2024');
    expect(formatPreciseDate(d('2024-10'), 'en')).to.equal('October 2024');
  });

  it('writes an ISO week with its ISO week-year whatever calendar the locale asks for', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9998 }),
        fc.integer({ min: 1, max: 52 }),
        fc.constantFrom('islamic', 'hebrew', 'buddhist', 'japanese', 'persian', 'chinese', 'gregory', 'iso8601'),
        fc.constantFrom('en', 'de'),
        (year, week, calendar, language) => {
          const iso = `${String(year).padStart(4, '0')}-W${String(week).padStart(2, '0')}`;
          const plain = formatPreciseDate(d(iso, 'UTC'), language);
          expect(formatPreciseDate(d(iso, 'UTC'), `${language}-u-ca-${calendar}`)).to.equal(plain);
          expect(plain).to.contain(String(year));
        },
      ),
    );
  });

  it('writes a month or a year given at that precision in the Gregorian calendar, whatever the locale\u2019s', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.constantFrom('en-u-ca-islamic', 'en-u-ca-hebrew', 'en-u-ca-chinese', 'en-u-ca-persian', 'fa', 'ar-SA'),
        (year, month, locale) => {
          const y = String(year).padStart(4, '0');
          const m = `${y}-${String(month).padStart(2, '0')}`;
          const gregorian = `${locale.split('-u-')[0]}-u-ca-gregory`;
          expect(formatPreciseDate(d(m, 'UTC'), locale)).to.equal(formatPreciseDate(d(m, 'UTC'), gregorian));
          expect(formatPreciseDate(d(y, 'UTC'), locale)).to.equal(formatPreciseDate(d(y, 'UTC'), gregorian));
        },
      ),
    );
  });

  it('writes a month or a year given at that precision in the locale\u2019s own calendar where its years and months are the Gregorian ones (Buddhist, ROC, Japanese)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.constantFrom('th', 'th-TH-u-ca-buddhist', 'de-u-ca-buddhist', 'zh-TW-u-ca-roc', 'ja-JP-u-ca-japanese'),
        (year, month, locale) => {
          const y = String(year).padStart(4, '0');
          const m = `${y}-${String(month).padStart(2, '0')}`;
          const first = new Date(0).setUTCFullYear(year, month - 1, 1);
          const own = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(first);
          expect(formatPreciseDate(d(m, 'UTC'), locale)).to.equal(own({ year: 'numeric', month: 'long' }));
          if (month === 1) expect(formatPreciseDate(d(y, 'UTC'), locale)).to.equal(own({ year: 'numeric' }));
        },
      ),
    );
  });

  it('writes a year as the year', () => {
    expect(formatPreciseDate(d('2024'), 'de')).to.equal('2024');
  });

  it('writes an ISO week as the locale writes a calendar week', () => {
    expect(formatPreciseDate(d('2024-W47'), 'de')).to.equal('KW 47/2024');
    expect(formatPreciseDate(d('2024-W47'), 'en')).to.equal('Week 47, 2024');
  });

  it('writes the week year, not the calendar year, for a week that starts in December', () => {
    expect(formatPreciseDate(d('2025-W01'), 'en')).to.equal('Week 1, 2025');
  });

  it('writes a day in full', () => {
    expect(formatPreciseDate(d('2024-11-18'), 'de')).to.equal('18. November 2024');
    expect(formatPreciseDate(d('2024-11-18'), 'en')).to.equal('November 18, 2024');
  });

  it('writes a day as the calendar day it was given, whatever the display zone', () => {
    expect(formatPreciseDate(d('2024-11-18', 'Asia/Tokyo'), 'en', 'America/Los_Angeles')).to.equal('November 18, 2024');
  });

  it('writes a time in the display zone, with the zone named', () => {
    const text = formatPreciseDate(d('2024-11-18T14:30Z'), 'en', 'America/New_York');
    expect(text).to.match(/November 18, 2024/);
    expect(text).to.match(/9:30 AM/);
    expect(text).to.match(/EST/);
  });

  it("writes the hour the way the locale's own clock does: no leading zero in 12-hour English, two digits in German", () => {
    expect(formatPreciseDate(d('2024-11-18T13:05Z'), 'en', 'UTC')).to.equal('November 18, 2024 at 1:05 PM UTC');
    expect(formatPreciseDate(d('2024-11-18T08:05Z'), 'de', 'UTC')).to.equal('18. November 2024 um 08:05 UTC');
    expect(formatPreciseDate(d('2024-11-18T08:05Z'), 'en-GB', 'UTC')).to.equal('18 November 2024 at 08:05 UTC');
    expect(formatPreciseDate(d('2024-11-18T13:05:09Z'), 'en', 'UTC')).to.equal('November 18, 2024 at 1:05:09 PM UTC');
  });

  it('writes years before 1 CE with their era', () => {
    expect(formatPreciseDate(d('-000043-03-15', 'UTC'), 'en')).to.equal('March 15, 44 BC');
    expect(formatPreciseDate(d('-000043', 'UTC'), 'de')).to.equal('44 v. Chr.');
  });

  it('writes a range as start – end, each at its own precision', () => {
    expect(formatWhen(d('2024-10'), d('2024-11-18'), 'en')).to.equal('October 2024 – November 18, 2024');
    expect(formatWhen(d('2024-10'), d('2024-10'), 'en')).to.equal('October 2024');
  });

  // How often `part` occurs in `text`.
  const count = (text: string, part: string | RegExp) => text.split(part).length - 1;

  it('writes two times of one day with the day once, and each day of times on two days', () => {
    for (const [locale, day, first, last] of [
      ['en', 'November 18, 2024', '9:30', '2:05'],
      ['de', '18. November 2024', '09:30', '14:05'],
      ['fr', '18 novembre 2024', '09:30', '14:05'],
    ] as const) {
      const one = formatWhen(d('2024-11-18T09:30Z'), d('2024-11-18T14:05Z'), locale, 'UTC');
      expect(count(one, day), one).to.equal(1);
      expect(count(one, '2024'), one).to.equal(1);
      expect(one, one).to.include(first).and.include(last);
      expect(count(one, 'UTC'), one).to.equal(1);
      const two = formatWhen(d('2024-11-18T09:30Z'), d('2024-11-19T14:05Z'), locale, 'UTC');
      expect(count(two, '2024'), two).to.equal(2);
      expect(two, two).to.include(day).and.include(first).and.include(last);
    }
    // With seconds when either end has them; in the display zone.
    const seconds = formatWhen(d('2024-11-18T09:30Z'), d('2024-11-18T14:05:09Z'), 'en', 'America/New_York');
    expect(count(seconds, 'November 18, 2024'), seconds).to.equal(1);
    expect(seconds, seconds).to.include('4:30:00 AM').and.include('9:05:09 AM').and.include('EST');
  });

  it('writes times across a change of the zone\u2019s offset each with its own zone, and an uncertain or coarser end each in full', () => {
    // New York's clocks go back at 2:00 EDT on 3 November 2024: 1:20 EDT and 1:40 EST are 80 minutes apart.
    const back = formatWhen(d('2024-11-03T05:20Z'), d('2024-11-03T06:40Z'), 'en', 'America/New_York');
    expect(back).to.include('EDT').and.include('EST');
    expect(count(back, 'November 3, 2024')).to.equal(2);
    const unsure = formatWhen(d('2024-11-18T09:30Z'), d('2024-11-18T14:05Z?'), 'en', 'UTC');
    expect(count(unsure, 'November 18, 2024'), unsure).to.equal(2);
    expect(formatWhen(d('2024-11-18T09:30Z'), d('2024-11-19'), 'en', 'UTC')).to.equal('November 18, 2024 at 9:30 AM UTC – November 19, 2024');
  });
});
