import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { formatPreciseDate } from '../../src/core/format.js';
import { dateTimeAt, parsePreciseDate, type PreciseDate } from '../../src/core/precision.js';
import { useDateWords } from '../../src/core/date-words.js';
import { rareDateWords } from '../../src/core/rare-dates.js';
import { writePreciseDate } from '../../src/core/write-date.js';

// The words of weeks, spans and qualified dates, as the element registers them once loaded.
useDateWords(rareDateWords);

function read(text: string): PreciseDate {
  const r = parsePreciseDate(text, 'UTC');
  if (!r.ok) throw new Error(`${text}: ${r.message}`);
  return r.value;
}
const utc = (iso: string) => DateTime.fromISO(iso, { zone: 'UTC' }).toMillis();

describe('approximate, uncertain and unspecified dates (EDTF level 1)', () => {
  it('reads ~ ? % at any precision as the same period with its certainty', () => {
    for (const [text, certainty] of [
      ['1520~', 'approximate'],
      ['2024-10?', 'uncertain'],
      ['1969-07-20%', 'both'],
      ['2024-W47~', 'approximate'],
      ['2024-11-18T14:30?', 'uncertain'],
    ] as const) {
      const exact = read(text.slice(0, -1));
      const date = read(text);
      expect([date.precision, date.startMs, date.endMs, date.certainty]).to.deep.equal([exact.precision, exact.startMs, exact.endMs, certainty]);
      expect(exact.certainty).to.equal(undefined);
    }
  });

  it('reads unspecified trailing digits as the decade, century, year or month they leave', () => {
    const decade = read('201X');
    expect([decade.precision, decade.startMs, decade.endMs]).to.deep.equal(['decade', utc('2010-01-01'), utc('2020-01-01')]);
    const century = read('19XX');
    expect([century.precision, century.startMs, century.endMs]).to.deep.equal(['century', utc('1900-01-01'), utc('2000-01-01')]);
    const year = read('2024-XX');
    expect([year.precision, year.startMs]).to.deep.equal(['year', utc('2024-01-01')]);
    const month = read('2024-10-XX');
    expect([month.precision, month.startMs]).to.deep.equal(['month', utc('2024-10-01')]);
    expect(read('201X~').certainty).to.equal('approximate');
  });

  it('reads unspecified digits after an expanded year: forward after a plus, back from the digits before 1 CE', () => {
    const years = (text: string) => {
      const date = read(text);
      return [date.precision, dateTimeAt(date).year, dateTimeAt(date, true).minus({ milliseconds: 1 }).year];
    };
    expect(years('+00201X')).to.deep.equal(['decade', 2010, 2019]);
    expect(years('+0019XX')).to.deep.equal(['century', 1900, 1999]);
    expect(years('+002024-XX')).to.deep.equal(['year', 2024, 2024]);
    expect(read('+002024-10-XX').precision).to.equal('month');
    expect(read('+002024-10-XX').startMs).to.equal(utc('2024-10-01'));
    // -0004XX: every year its X digits make, -400 to -499: 500 to 401 BC.
    expect(years('-0004XX')).to.deep.equal(['century', -499, -400]);
    expect(years('-0000XX')).to.deep.equal(['century', -99, 0]);
    expect(years('-00004X')).to.deep.equal(['decade', -49, -40]);
    expect(years('-00004X~')).to.deep.equal(['decade', -49, -40]);
    expect(dateTimeAt(read('-000043-XX')).year).to.equal(-43);
    // The four-digit years of EDTF before 1 CE alike (-0043 is 44 BC).
    expect(years('-0043-XX')).to.deep.equal(['year', -43, -43]);
    expect(years('-0043-XX-XX')).to.deep.equal(['year', -43, -43]);
    expect(read('-0043-03-XX').precision).to.equal('month');
    expect(read('-0043-03-XX').startMs).to.equal(read('-0043-03').startMs);
    expect(years('-004X')).to.deep.equal(['decade', -49, -40]);
    expect(years('-00XX')).to.deep.equal(['century', -99, 0]);
    const reason = parsePreciseDate('-9999XX', 'UTC');
    expect(reason.ok ? '' : reason.message).to.match(/outside the years that can be shown/);
  });

  it('writes a century before 1 CE by its name where the language has one, other spans before 1 CE by their years with their era', () => {
    expect(formatPreciseDate(read('-0004XX'), 'en', 'UTC')).to.equal('5th century BC');
    expect(formatPreciseDate(read('-0000XX'), 'en', 'UTC')).to.equal('1st century BC');
    expect(formatPreciseDate(read('-0004XX'), 'de', 'UTC')).to.equal('5. Jahrhundert v. Chr.');
    expect(formatPreciseDate(read('-0004XX'), 'fr', 'UTC')).to.equal('5e siècle av. J.-C.');
    expect(formatPreciseDate(read('-00004X'), 'en', 'UTC')).to.equal('50 – 41 BC');
    // Other languages: the years as the language writes them with their era, 500 to 401 BC.
    const italian = formatPreciseDate(read('-0004XX'), 'it', 'UTC');
    expect(italian).to.match(/500.*401/);
    expect(italian).to.contain(new Intl.DateTimeFormat('it', { era: 'short', year: 'numeric', timeZone: 'UTC' }).formatToParts(new Date(Date.UTC(-400, 6, 1))).find((p) => p.type === 'era')!.value);
    expect(formatPreciseDate(read('+0000XX'), 'en', 'UTC')).to.match(/^1 BC – 99 AD$|^1 BC – AD 99$/);
  });

  it('property: a decade or century of X digits covers every year they make, and reads the same written back', () => {
    const spans = fc.oneof(
      fc.record({ sign: fc.constant(''), x: fc.constantFrom(1, 2), lead: fc.nat() }),
      fc.record({ sign: fc.constantFrom('+', '-'), x: fc.constantFrom(1, 2), lead: fc.nat() }),
    );
    fc.assert(
      fc.property(spans, ({ sign, x, lead: n }) => {
        const size = 10 ** x;
        const width = (sign === '' ? 4 : 6) - x;
        const most = sign === '' ? 10 ** width - 1 : Math.floor((sign === '-' ? 271_820 : 275_759) / size) - 1;
        const lead = n % (most + 1);
        const text = `${sign}${String(lead).padStart(width, '0')}${'X'.repeat(x)}`;
        const date = read(text);
        // The X digits make lead·size to lead·size + size - 1, counted back from the lead before 1 CE.
        const first = sign === '-' ? -lead * size - size + 1 : lead * size;
        const again = read(writePreciseDate(date));
        return (
          date.precision === (x === 1 ? 'decade' : 'century') &&
          dateTimeAt(date).year === first &&
          dateTimeAt(date, true).minus({ milliseconds: 1 }).year === first + size - 1 &&
          again.startMs === date.startMs &&
          again.endMs === date.endMs &&
          again.precision === date.precision
        );
      }),
    );
  });

  it('refuses malformed qualifiers and digits with a reason', () => {
    for (const text of ['2024~~', '2024?~', '~', '20X4', 'X024', '2024-1X', '2024-XX-18']) {
      const r = parsePreciseDate(text, 'UTC');
      expect(r.ok, text).to.equal(false);
    }
    const reason = (text: string) => {
      const r = parsePreciseDate(text, 'UTC');
      return r.ok ? '' : r.message;
    };
    expect(reason('2024~?')).to.match(/more than one qualifier/);
    for (const alone of ['~', ' ? ', '%']) expect(reason(alone), alone).to.match(/no date before its qualifier/);
  });

  it('writes the certainty and the span in the locale, and speaks the qualifier', () => {
    expect(formatPreciseDate(read('1520~'), 'en', 'UTC')).to.equal('c. 1520');
    expect(formatPreciseDate(read('1520~'), 'de', 'UTC')).to.equal('um 1520');
    expect(formatPreciseDate(read('2024-10?'), 'en', 'UTC')).to.equal('October 2024?');
    expect(formatPreciseDate(read('2024-10?'), 'de', 'UTC')).to.equal('Oktober 2024 (unsicher)');
    expect(formatPreciseDate(read('201X'), 'en', 'UTC')).to.equal('2010s');
    expect(formatPreciseDate(read('201X'), 'de', 'UTC')).to.equal('2010er');
    expect(formatPreciseDate(read('19XX'), 'en', 'UTC')).to.equal('20th century');
    expect(formatPreciseDate(read('19XX'), 'de', 'UTC')).to.equal('20. Jahrhundert');
    expect(formatPreciseDate(read('20XX'), 'en', 'UTC')).to.equal('21st century');
    expect(formatPreciseDate(read('1520~'), 'en', 'UTC', true)).to.equal('approximately 1520');
    expect(formatPreciseDate(read('2024-10%'), 'de', 'UTC', true)).to.equal('ungefähr Oktober 2024, unsicher');
  });

  it('property: a qualified date spans exactly its unqualified period', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.constantFrom('~', '?', '%'), (y, m, q) => {
        const text = `${y}-${String(m).padStart(2, '0')}`;
        const a = read(text);
        const b = read(`${text}${q}`);
        return a.startMs === b.startMs && a.endMs === b.endMs && b.certainty !== undefined;
      }),
    );
  });
});
