import { expect } from '@open-wc/testing';
import { modelNeedsDateWords, needsDateWords, useDateWords } from '../../src/core/date-words.js';
import { formatItemWhen, formatPreciseDate } from '../../src/core/format.js';
import { parseTimeline } from '../../src/core/parse.js';
import { parsePreciseDate, type PreciseDate } from '../../src/core/precision.js';
import { rareDateWords } from '../../src/core/rare-dates.js';
import { formatShortDate, shortDateContext } from '../../src/core/short-date.js';

const read = (text: string): PreciseDate => {
  const parsed = parsePreciseDate(text, 'Europe/Berlin');
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.value;
};
const model = (dates: { items?: string[]; era?: [string, string]; reference?: string }) =>
  parseTimeline({
    events: (dates.items ?? ['2024-03-01']).map((date, i) => ({ id: `e${i}`, title: `Item ${i}`, date })),
    eras: dates.era ? [{ title: 'An era', start: dates.era[0], end: dates.era[1] }] : [],
    references: dates.reference ? [{ title: 'A line', date: dates.reference }] : [],
  }, 'Europe/Berlin');

describe('which dates need the words of the rarer dates', () => {
  it('weeks, decades, centuries and approximate or uncertain dates do; years, months, days and times do not', () => {
    for (const text of ['2024-W10', '201X', '19XX', '2024~', '2024-03?', '2024-03-01%']) expect(needsDateWords(read(text)), text).to.equal(true);
    for (const text of ['2024', '2024-03', '2024-03-01', '2024-03-01T10:00Z', '-000043']) expect(needsDateWords(read(text)), text).to.equal(false);
  });

  it('a model needs them when an item, an era or a reference line has such a date, or an item an open end', () => {
    expect(modelNeedsDateWords(parseTimeline({ events: [{ id: 'o', title: 'Open', start: '2024-03-01', end: '..' }] }, 'Europe/Berlin'))).to.equal(true);
    expect(modelNeedsDateWords(model({ items: ['2024-03-01', '2024-05'] }))).to.equal(false);
    expect(modelNeedsDateWords(model({ items: ['2024-03-01', '2024-W10'] }))).to.equal(true);
    expect(modelNeedsDateWords(model({ era: ['201X', '2024-01'] }))).to.equal(true);
    expect(modelNeedsDateWords(model({ reference: '2024-06~' }))).to.equal(true);
  });
});

describe('dates written before and after the words are registered', () => {
  const context = shortDateContext([Date.UTC(2024, 0, 1), Date.UTC(2024, 11, 1)], 'Europe/Berlin');

  // One test: registering is for the whole page, so "before" must run first.
  it('without them a week is its first day, a span its first year, an open range its known date, with no qualifier; with them, their words', () => {
    expect(formatPreciseDate(read('2024-W10'), 'en', 'Europe/Berlin')).to.equal('March 4, 2024');
    expect(formatPreciseDate(read('201X'), 'en', 'Europe/Berlin')).to.equal('2010');
    expect(formatPreciseDate(read('2024-03~'), 'en', 'Europe/Berlin')).to.equal('March 2024');
    expect(formatShortDate(read('2024-W10'), 'en', 'Europe/Berlin', context)).to.equal('March 4, 2024');
    const ongoing = { from: read('2024-10'), open: 'end' as const };
    expect(formatItemWhen(ongoing, 'en', 'Europe/Berlin')).to.equal('October 2024');

    useDateWords(rareDateWords);
    const written = (text: string, spoken = false) => formatPreciseDate(read(text), 'en', 'Europe/Berlin', spoken);
    expect([written('2024-W10'), written('201X'), written('2024-03~'), written('2024-03?', true)]).to.deep.equal([
      'Week 10, 2024',
      '2010s',
      'c. March 2024',
      'March 2024, uncertain',
    ]);
    expect(formatShortDate(read('2024-W10'), 'de', 'Europe/Berlin', context)).to.equal('KW 10');
    expect(formatItemWhen(ongoing, 'en', 'Europe/Berlin')).to.equal('October 2024 – ongoing');
  });

  it('writes the years of a decade or a century in the locale’s digits, with their era where the locale counts years in another calendar', () => {
    useDateWords(rareDateWords);
    const written = (text: string, locale: string) => formatPreciseDate(read(text), locale, 'UTC');
    expect(written('201X', 'ar-EG')).to.equal(new Intl.DateTimeFormat('ar-EG', { year: 'numeric', calendar: 'gregory', timeZone: 'UTC' }).formatRange(Date.UTC(2010, 5), Date.UTC(2019, 5)));
    expect(written('201X', 'ar-EG')).to.match(/^[٠-٩]{4}\s*[–-]\s*[٠-٩]{4}$/);
    expect(written('19XX', 'hi-IN-u-nu-deva')).to.match(/^[०-९]{4}\s*[–-]\s*[०-९]{4}$/);
    // Thai years are Buddhist (พ.ศ. 2566 is 2023): the decade's Gregorian years say their era.
    expect(written('2023', 'th')).to.contain('2566');
    expect(written('201X', 'th')).to.contain('ค.ศ.');
    expect(written('201X', 'th')).to.contain('2010');
    expect(written('201X', 'zh-TW-u-ca-roc')).to.contain('西元');
    expect(written('201X', 'es')).to.match(/^2010\s*[–-]\s*2019$/);
  });

  it('qualifies a date and says a range goes on in the words of the date’s own language, not English beside Arabic or Hebrew', () => {
    useDateWords(rareDateWords);
    const written = (text: string, locale: string, spoken = false) => formatPreciseDate(read(text), locale, 'UTC', spoken);
    const open = (text: string, locale: string, end: 'start' | 'end' = 'end') => formatItemWhen({ from: read(text), open: end }, locale, 'UTC');
    const arabicYear = new Intl.DateTimeFormat('ar-EG', { year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(1520, 5));
    expect(written('1520~', 'ar-EG')).to.equal(`حوالي ${arabicYear}`);
    expect(written('1520?', 'ar-EG')).to.equal(`${arabicYear} (غير مؤكد)`);
    // Said, after Arabic's own comma.
    expect(written('1520?', 'ar-EG', true)).to.equal(`${arabicYear}، غير مؤكد`);
    expect(written('1520%', 'he')).to.equal('בערך 1520 (לא ודאי)');
    expect(written('1520?', 'he', true)).to.equal('1520, לא ודאי');
    expect(open('2021', 'he')).to.equal('2021 – נמשך');
    expect(open('2021', 'ar', 'start')).to.equal(`بداية غير معروفة – ${new Intl.DateTimeFormat('ar', { year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(2021, 5))}`);
    expect(written('2024-03~', 'ja')).to.equal('2024年3月頃');
    expect(written('1520~', 'fr')).to.equal('vers 1520');
    expect(written('1520~', 'nl', true)).to.equal('ongeveer 1520');
    expect(open('2021', 'es')).to.equal('2021 – en curso');
    // English and German as before; a language without words of its own here gets English's.
    expect(written('1520%', 'en')).to.equal('c. 1520?');
    expect(written('1520%', 'de', true)).to.equal('ungefähr 1520, unsicher');
    expect(written('1520~', 'fi')).to.equal('c. 1520');
  });

  it('writes Chinese in the characters of its script, simplified or traditional', () => {
    useDateWords(rareDateWords);
    const written = (text: string, locale: string, spoken = false) => formatPreciseDate(read(text), locale, 'UTC', spoken);
    const open = (text: string, locale: string) => formatItemWhen({ from: read(text), open: 'end' }, locale, 'UTC');
    expect(written('2024~', 'zh-CN')).to.equal('约2024年');
    expect(written('2024?', 'zh')).to.equal('2024年（不确定）');
    expect(open('2024', 'zh-SG')).to.equal('2024年 – 进行中');
    for (const locale of ['zh-Hant', 'zh-TW', 'zh-Hant-HK', 'zh-MO']) {
      expect(written('2024~', locale, true), locale).to.equal('大約2024年');
      expect(written('2024?', locale), locale).to.equal('2024年（不確定）');
      expect(open('2024', locale), locale).to.equal('2024年 – 進行中');
    }
  });

  it('says an approximate month in Russian, Ukrainian and Polish with a word that goes with the month as Intl writes it', () => {
    useDateWords(rareDateWords);
    const said = (text: string, locale: string) => formatPreciseDate(read(text), locale, 'UTC', true);
    const month = (locale: string) => new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(Date.UTC(2024, 1, 10));
    expect(said('2024-02~', 'uk')).to.equal(`приблизно ${month('uk')}`);
    expect(said('2024-02~', 'ru')).to.equal(`приблизительно ${month('ru')}`);
    expect(said('2024-02~', 'pl')).to.equal(`w przybliżeniu ${month('pl')}`);
    // The nominative Intl writes for a month and its year, which these words take.
    expect(month('uk')).to.match(/^лютий/);
  });

  it('writes a week of a language without a week pattern as its first and last day in the Gregorian calendar, as its months are', () => {
    useDateWords(rareDateWords);
    const persian = formatPreciseDate(read('2024-W01'), 'fa', 'UTC');
    const year = (locale: string, calendar: string) => new Intl.DateTimeFormat(locale, { year: 'numeric', calendar, timeZone: 'UTC' }).format(Date.UTC(2024, 0, 3)).replace(/[^\p{Nd}]/gu, '');
    expect(persian).to.contain(year('fa', 'gregory'));
    expect(persian).to.not.contain(year('fa', 'persian'));
    expect(formatPreciseDate(read('2024-W01'), 'ar-SA', 'UTC')).to.contain(year('ar-SA', 'gregory'));
    // A calendar with the Gregorian months under other years keeps its years, as its months do.
    expect(formatPreciseDate(read('2024-W01'), 'th', 'UTC')).to.contain('2567');
  });

  it('writes many weeks and decades of a language without words for them with a formatter per locale, not one per date', () => {
    useDateWords(rareDateWords);
    const Real = Intl.DateTimeFormat;
    let made = 0;
    const counting = new Proxy(Real, {
      construct: (target, args: ConstructorParameters<typeof Real>) => (made++, new target(...args)),
      apply: (target, self, args: ConstructorParameters<typeof Real>) => (made++, target(...args)),
    });
    const weeks = Array.from({ length: 40 }, (_, i) => `2023-W${String(i + 1).padStart(2, '0')}`);
    const decades = ['190X', '191X', '192X', '193X', '194X', '195X', '196X', '197X', '198X', '199X'];
    let written: string[];
    Intl.DateTimeFormat = counting;
    try {
      written = [...weeks, ...decades].map((text) => formatPreciseDate(read(text), 'sv', 'UTC'));
    } finally {
      Intl.DateTimeFormat = Real;
    }
    // Swedish has neither a week pattern nor decade words here: first and last day, first and last year.
    const days = new Real('sv', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC', calendar: 'gregory' });
    expect(written[0]).to.equal(days.formatRange(Date.UTC(2023, 0, 2), Date.UTC(2023, 0, 8)));
    expect(written[39]).to.equal(days.formatRange(Date.UTC(2023, 9, 2), Date.UTC(2023, 9, 8)));
    expect(written[49]).to.equal(new Real('sv', { year: 'numeric', calendar: 'gregory', timeZone: 'UTC' }).formatRange(Date.UTC(1990, 5), Date.UTC(1999, 5)));
    expect(made, 'formatters made for 50 dates').to.be.at.most(4);
  });

  it('writes a week’s number in the digits of the locale, as its year', () => {
    useDateWords(rareDateWords);
    expect(formatPreciseDate(read('2024-W01'), 'de-u-nu-arab', 'UTC')).to.equal('KW ١/٢٠٢٤');
    expect(formatPreciseDate(read('2024-W47'), 'de', 'UTC')).to.equal('KW 47/2024');
    expect(formatShortDate(read('2024-W01'), 'de-u-nu-arab', 'UTC', shortDateContext([Date.UTC(2024, 0, 1), Date.UTC(2024, 2, 1)], 'UTC'))).to.equal('KW ١');
  });
});
