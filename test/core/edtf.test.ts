import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { formatPreciseDate } from '../../src/core/format.js';
import { parsePreciseDate, type PreciseDate } from '../../src/core/precision.js';
import { useDateWords } from '../../src/core/date-words.js';
import { rareDateWords } from '../../src/core/rare-dates.js';

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
