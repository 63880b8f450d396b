import { expect } from '@open-wc/testing';
import { formatPreciseDate } from '../../src/core/format.js';
import { parseTimeline } from '../../src/core/parse.js';
import { dateTimeAt } from '../../src/core/precision.js';
import type { TimelineEventInput } from '../../src/core/types.js';
import { useDateWords } from '../../src/core/date-words.js';
import { rareDateWords } from '../../src/core/rare-dates.js';

// The words of weeks, spans and qualified dates, as the element registers them once loaded.
useDateWords(rareDateWords);

const HOUR = 3_600_000;

/** One event through the whole parser, in a Europe/Berlin document. */
function read(date: string, extra: Partial<TimelineEventInput> = {}) {
  const model = parseTimeline({ timeZone: 'Europe/Berlin', events: [{ id: 'e', title: 'E', date, ...extra }] }, 'UTC');
  return { item: model.items[0], problems: model.problems };
}

function kept(date: string) {
  const { item, problems } = read(date);
  expect(problems, date).to.deep.equal([]);
  return item!;
}

function refused(date: string): string {
  const { item, problems } = read(date);
  expect(item, date).to.equal(undefined);
  expect(problems.map((p) => [p.index, p.field])).to.deep.equal([[0, 'date']]);
  return problems[0]!.message;
}

describe('dates at the edges, through the parser', () => {
  it('keeps leap days, including 2000 (divisible by 400), as whole 24-hour days', () => {
    for (const date of ['2024-02-29', '2000-02-29', '-000004-02-29']) {
      const item = kept(date);
      expect([dateTimeAt(item.from).month, dateTimeAt(item.from).day], date).to.deep.equal([2, 29]);
      expect(item.end - item.start).to.equal(24 * HOUR);
    }
  });

  it('reports impossible days as problems: 2024-02-30, 2023-02-29, 1900-02-29, 2024-04-31', () => {
    for (const date of ['2024-02-30', '2023-02-29', '1900-02-29', '2024-04-31']) {
      expect(refused(date)).to.match(/not a date that exists/);
    }
  });

  it('reads the spring-forward day in Berlin as 23 hours and the fall-back day as 25', () => {
    const spring = kept('2024-03-31');
    const autumn = kept('2024-10-27');
    expect(spring.end - spring.start).to.equal(23 * HOUR);
    expect(autumn.end - autumn.start).to.equal(25 * HOUR);
  });

  it('reads a day whose midnight was skipped (São Paulo, summer time from 00:00) as 01:00 to the next midnight, and the days around it whole', () => {
    const model = parseTimeline(
      {
        timeZone: 'America/Sao_Paulo',
        events: [
          { id: 'day', title: 'The day', date: '2018-11-04' },
          { id: 'range', title: 'Up to it', start: '2018-11-03', end: '2018-11-04' },
          { id: 'after', title: 'The day after', date: '2018-11-05' },
        ],
      },
      'UTC',
    );
    const byId = new Map(model.items.map((item) => [item.id, item]));
    // 4 November began at 01:00 -02:00 (03:00 UTC); 5 November at 00:00 -02:00 (02:00 UTC).
    expect([byId.get('day')!.start, byId.get('day')!.end]).to.deep.equal([Date.UTC(2018, 10, 4, 3), Date.UTC(2018, 10, 5, 2)]);
    expect(byId.get('range')!.end).to.equal(Date.UTC(2018, 10, 5, 2));
    expect([byId.get('after')!.start, byId.get('after')!.end]).to.deep.equal([Date.UTC(2018, 10, 5, 2), Date.UTC(2018, 10, 6, 2)]);
  });

  it('refuses a wall-clock time skipped by the spring-forward jump', () => {
    expect(refused('2024-03-31T02:30')).to.match(/daylight-saving gap/);
    expect(kept('2024-03-31T03:00').start).to.equal(Date.UTC(2024, 2, 31, 1, 0));
  });

  it('reads an ambiguous time in the repeated autumn hour as its first occurrence (summer time)', () => {
    const item = kept('2024-10-27T02:30');
    expect(item.start).to.equal(Date.UTC(2024, 9, 27, 0, 30));
    expect(dateTimeAt(item.from).offset).to.equal(120);
    // With an explicit offset, the second occurrence can still be written.
    expect(kept('2024-10-27T02:30+01:00').start).to.equal(Date.UTC(2024, 9, 27, 1, 30));
  });

  it('accepts ISO week 53 in years that have one and reports it in years that do not', () => {
    const w = kept('2020-W53');
    expect(dateTimeAt(w.from).toISODate()).to.equal('2020-12-28');
    expect(dateTimeAt(w.from, true).toISODate()).to.equal('2021-01-04');
    expect(dateTimeAt(kept('2026-W53').from).toISODate()).to.equal('2026-12-28');
    expect(refused('2024-W53')).to.match(/no week 53 in 2024/);
    expect(refused('2021-W53')).to.match(/no week 53 in 2021/);
    expect(refused('2024-W00')).to.match(/no week 0 in 2024/);
  });

  it('keeps the instant of a time with an offset, which can fall on the next day in the document zone', () => {
    const item = kept('2024-11-18T23:30-05:00');
    expect(item.start).to.equal(Date.UTC(2024, 10, 19, 4, 30));
    expect(dateTimeAt(item.from).setZone('Europe/Berlin').toISODate()).to.equal('2024-11-19');
  });

  it('refuses offsets that do not exist', () => {
    expect(refused('2024-11-18T10:00+19:00')).to.match(/offset/);
    expect(refused('2024-11-18T10:00+01:60')).to.match(/offset/);
  });

  it('reads ISO 8601 expanded years before 1 CE and writes them with the era', () => {
    const caesar = kept('-000043-03-15');
    expect(dateTimeAt(caesar.from).year).to.equal(-43);
    expect(formatPreciseDate(caesar.from, 'en')).to.equal('March 15, 44 BC');
    expect(formatPreciseDate(caesar.from, 'de')).to.equal('15. März 44 v. Chr.');
    expect(formatPreciseDate(kept('0000').from, 'en')).to.equal('1 BC');
    expect(formatPreciseDate(kept('0001').from, 'en')).to.equal('1');
  });

  it('reads negative four-digit years (EDTF) as the expanded years they are', () => {
    for (const [short, expanded] of [['-0043-03-15', '-000043-03-15'], ['-0043', '-000043'], ['-0500-06', '-000500-06'], ['-0001-12-31T23:00Z', '-000001-12-31T23:00Z']]) {
      const read = kept(short!);
      expect([read.start, read.end, read.from.precision], short).to.deep.equal([kept(expanded!).start, kept(expanded!).end, kept(expanded!).from.precision]);
    }
    expect(formatPreciseDate(kept('-0043-03-15').from, 'en')).to.equal('March 15, 44 BC');
    expect(formatPreciseDate(kept('-0500').from, 'de')).to.equal('501 v. Chr.');
    // Three digits, or a sign before a four-digit year of our era, are not years.
    for (const date of ['-043-03-15', '+2024-03-15', '--0043']) expect(refused(date), date).to.match(/not an ISO 8601 date/);
  });

  it('reads far-future years up to AD 275759 and refuses later ones readably', () => {
    const future = kept('+010000-03-15');
    expect(dateTimeAt(future.from).year).to.equal(10000);
    expect(formatPreciseDate(future.from, 'en')).to.equal('March 15, 10000');
    const last = kept('+275759');
    expect(last.end).to.be.greaterThan(last.start);
    expect(Number.isFinite(last.end)).to.equal(true);
    for (const date of ['+275760', '+275760-01-01', '+999999-12-31T10:00Z', '-271821', '-999999']) {
      expect(refused(date)).to.equal('date is outside the years that can be shown (271821 BC to AD 275759)');
    }
    expect(dateTimeAt(kept('-271820').from).year).to.equal(-271820);
  });

  it('reports an end beyond the last year on the end field', () => {
    const model = parseTimeline([{ id: 'r', title: 'R', start: '2024', end: '+300000' }], 'UTC');
    expect(model.problems.map((p) => [p.index, p.field])).to.deep.equal([[0, 'end']]);
  });
});
