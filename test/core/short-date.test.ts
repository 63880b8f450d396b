import { expect } from '@open-wc/testing';
import { formatShortDate, formatShortWhen, shortDateContext } from '../../src/core/short-date.js';
import { parsePreciseDate, type PreciseDate } from '../../src/core/precision.js';
import { formatPreciseDate } from '../../src/core/format.js';
import { useDateWords } from '../../src/core/date-words.js';
import { rareDateWords } from '../../src/core/rare-dates.js';

// The words of weeks, spans and qualified dates, as the element registers them once loaded.
useDateWords(rareDateWords);

const read = (text: string, zone = 'Europe/Berlin'): PreciseDate => {
  const parsed = parsePreciseDate(text, zone);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.value;
};
const within2024 = shortDateContext([Date.UTC(2024, 5, 10), Date.UTC(2024, 11, 1)], 'Europe/Berlin');
const across = shortDateContext([Date.UTC(2023, 5, 10), Date.UTC(2024, 11, 1)], 'Europe/Berlin');
const oneEvening = shortDateContext([Date.UTC(2024, 10, 18, 17), Date.UTC(2024, 10, 18, 21)], 'Europe/Berlin');

describe('formatShortDate: the date line over a label', () => {
  it('writes a day without its year when the story lies within one year', () => {
    expect(formatShortDate(read('2024-11-18'), 'de', 'Europe/Berlin', within2024)).to.equal('18. Nov.');
    expect(formatShortDate(read('2024-11-18'), 'en', 'Europe/Berlin', within2024)).to.equal('Nov 18');
  });

  it('writes the era for years before 1 CE, in any zone, and not from 1 CE on', () => {
    for (const zone of ['Europe/Berlin', 'America/New_York', 'Pacific/Kiritimati']) {
      expect(formatShortDate(read('-000043-03-15', zone), 'en', zone, across)).to.match(/BC/);
      expect(formatShortDate(read('+000000-12-31', zone), 'en', zone, across)).to.match(/BC/);
      expect(formatShortDate(read('-000043', zone), 'en', zone, across)).to.match(/BC/);
      expect(formatShortDate(read('0001-01-01', zone), 'en', zone, across)).not.to.match(/BC|AD/);
      expect(formatShortDate(read('0001-01', zone), 'en', zone, across)).not.to.match(/BC|AD/);
    }
  });

  it('writes a year and a month in the Buddhist, ROC or Japanese calendar where the locale counts in it (their years and months are the Gregorian ones), as its days', () => {
    const at = Date.UTC(2024, 9, 1);
    for (const locale of ['th', 'th-TH-u-ca-buddhist', 'zh-TW-u-ca-roc', 'ja-JP-u-ca-japanese', 'en-u-ca-buddhist']) {
      const own = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(at);
      expect(formatShortDate(read('2024'), locale, 'Europe/Berlin', across), locale).to.equal(own({ year: 'numeric' }));
      expect(formatShortDate(read('2024-10'), locale, 'Europe/Berlin', across), locale).to.equal(own({ month: 'short', year: 'numeric' }));
      expect(formatShortDate(read('2024-10-01'), locale, 'Europe/Berlin', across), locale).to.equal(own({ day: 'numeric', month: 'short', year: 'numeric' }));
    }
    expect(formatShortDate(read('2024'), 'th', 'Europe/Berlin', across)).to.contain('2567');
    expect(formatPreciseDate(read('2024'), 'th')).to.contain('2567');
    expect(formatPreciseDate(read('2024-10'), 'th-TH-u-ca-buddhist')).to.contain('2567');
  });

  it('writes a year and a month in the Gregorian calendar under a calendar whose months are others, a day in its own', () => {
    for (const locale of ['en-u-ca-islamic', 'en-u-ca-hebrew', 'fa']) {
      const plain = locale.replace(/-u-.*$/, '') + '-u-ca-gregory';
      for (const text of ['2024', '2024-10']) expect(formatShortDate(read(text), locale, 'Europe/Berlin', across), `${locale} ${text}`).to.equal(formatShortDate(read(text), plain, 'Europe/Berlin', across));
    }
    expect(formatShortDate(read('2024-10'), 'en-u-ca-islamic', 'Europe/Berlin', across)).to.equal('Oct 2024');
    const day = new Intl.DateTimeFormat('en-u-ca-islamic', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(2024, 10, 18));
    expect(formatShortDate(read('2024-11-18'), 'en-u-ca-islamic', 'Europe/Berlin', across)).to.equal(day);
  });

  it('writes a time before 1 CE with its era where its year is written, in any zone', () => {
    for (const zone of ['Europe/Berlin', 'America/New_York', 'UTC']) {
      expect(formatShortDate(read('-000043-03-15T12:00', zone), 'en', zone, across)).to.match(/\b44 BC\b/);
      expect(formatShortDate(read('-000001-12-31T23:00', zone), 'en', zone, across)).to.match(/\b2 BC\b/);
      expect(formatShortDate(read('-000043-03-15T12:00', zone), 'de', zone, across)).to.match(/44 v\. Chr\./);
      expect(formatShortDate(read('2024-11-18T10:00', zone), 'en', zone, across)).not.to.match(/BC|AD/);
      // From 1 CE on, before 1901 too (Date.UTC reads the year 1 as 1901).
      expect(formatShortDate(read('1850-03-15T10:00', zone), 'en', zone, across)).to.match(/^Mar 15, 1850, 10:00\sAM$/);
      expect(formatShortDate(read('0014-08-19T10:00', zone), 'en', zone, across)).not.to.match(/BC|AD/);
    }
  });

  it('writes a week of a year before 100 in its own year, in a language that writes a week by its days', () => {
    expect(formatShortDate(read('0044-W10'), 'pt', 'Europe/Berlin', across)).to.match(/\b44\b/);
    expect(formatShortDate(read('0044-W10'), 'pt', 'Europe/Berlin', across)).not.to.contain('1944');
    expect(formatShortDate(read('-000043-W10'), 'pt', 'Europe/Berlin', across)).to.contain('a.C.');
  });

  it('writes the year when the story spans several', () => {
    expect(formatShortDate(read('2024-11-18'), 'de', 'Europe/Berlin', across)).to.equal('18. Nov. 2024');
  });

  it('writes a month with its year, a week by its number, a year alone', () => {
    expect(formatShortDate(read('2024-10'), 'de', 'Europe/Berlin', within2024)).to.equal('Okt. 2024');
    expect(formatShortDate(read('2024-W47'), 'de', 'Europe/Berlin', within2024)).to.equal('KW 47');
    expect(formatShortDate(read('2024-W47'), 'en', 'Europe/Berlin', across)).to.equal(formatPreciseDate(read('2024-W47'), 'en', 'Europe/Berlin'));
    expect(formatShortDate(read('1520'), 'de', 'Europe/Berlin', across)).to.equal('1520');
  });

  it('writes only the time when the story lies within one day, in the display zone', () => {
    expect(formatShortDate(read('2024-11-18T20:17'), 'de', 'Europe/Berlin', oneEvening)).to.equal('20:17');
    expect(formatShortDate(read('2024-11-18T20:17Z'), 'de', 'Europe/Berlin', oneEvening)).to.equal('21:17');
    expect(formatShortDate(read('2024-11-18T20:17'), 'de', 'Europe/Berlin', within2024)).to.contain('18. Nov.').and.contain('20:17');
  });

  it('names the zone of a time within an hour of a change of its offset, where two labels would read alike, and of no other', () => {
    // An outside probe: two labels read "Nov 3, 1:30 AM", an hour apart, as New York's clocks went back.
    const ny = 'America/New_York';
    const near = ['2024-11-03T01:30-04:00', '2024-11-03T01:30-05:00', '2024-11-03T01:10', '2024-03-10T03:30'];
    expect(near.map((t) => formatShortDate(read(t, ny), 'en', ny, within2024).replace(/\s/g, ' '))).to.deep.equal([
      'Nov 3, 1:30 AM EDT',
      'Nov 3, 1:30 AM EST',
      'Nov 3, 1:10 AM EDT',
      'Mar 10, 3:30 AM EDT',
    ]);
    for (const t of ['2024-11-02T01:30', '2024-11-03T03:30', '2024-11-18T18:30']) expect(formatShortDate(read(t, ny), 'en', ny, within2024), t).not.to.match(/E[SD]T|GMT/);
    // A zone without changes never names itself.
    expect(formatShortDate(read('2024-11-03T01:30Z', 'UTC'), 'en', 'UTC', within2024).replace(/\s/g, ' ')).to.equal('Nov 3, 1:30 AM');
  });

  it('keeps a calendar day in the zone it was read in', () => {
    expect(formatShortDate(read('2024-11-18', 'Asia/Tokyo'), 'en', 'America/New_York', within2024)).to.equal('Nov 18');
  });

  it('writes a range from its start to its end', () => {
    expect(formatShortWhen(read('2024-10'), read('2024-11'), 'de', 'Europe/Berlin', within2024)).to.equal('Okt. 2024 – Nov. 2024');
    expect(formatShortWhen(read('2024-10'), read('2024-10'), 'de', 'Europe/Berlin', within2024)).to.equal('Okt. 2024');
  });

  it('writes the end of a range on the day it began, in the display zone, as its time alone; an end on another day whole', () => {
    // An outside harness: "Mar 10, 2023, 9:00 AM – Mar 10, 2023, 5:30 PM" said the day twice.
    const ny = 'America/New_York';
    const when = (from: string, to: string, locale: string, zone: string, context = across) => formatShortWhen(read(from, zone), read(to, zone), locale, zone, context).replace(/\s/g, ' ');
    expect(when('2023-03-10T09:00', '2023-03-10T17:30', 'en', ny)).to.equal('Mar 10, 2023, 9:00 AM – 5:30 PM');
    expect(when('2024-10-18T09:00', '2024-10-18T17:30', 'de', 'Europe/Berlin', within2024)).to.equal('18. Okt., 09:00 – 17:30');
    expect(when('2024-10-18T09:00', '2024-10-18T17:30', 'de', 'Europe/Berlin')).to.equal('18. Okt. 2024, 09:00 – 17:30');
    // Past midnight the end is on another day: written whole.
    expect(when('2024-10-18T22:00', '2024-10-19T01:00', 'de', 'Europe/Berlin', within2024)).to.equal('18. Okt., 22:00 – 19. Okt., 01:00');
    // One day in UTC, two in Berlin (20:00 and 01:30 the next day there).
    const berlin = formatShortWhen(read('2024-10-18T20:00Z', 'UTC'), read('2024-10-18T23:30Z', 'UTC'), 'de', 'Europe/Berlin', within2024);
    expect(berlin.replace(/\s/g, ' ')).to.equal('18. Okt., 22:00 – 19. Okt., 01:30');
    // Days are written as before: one day once, two days each whole.
    expect(when('2024-10-18', '2024-10-18', 'de', 'Europe/Berlin', within2024)).to.equal('18. Okt.');
    expect(when('2024-10-18', '2024-10-19', 'en', ny)).to.equal('Oct 18, 2024 – Oct 19, 2024');
  });
});
