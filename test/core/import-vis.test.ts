import { expect } from '@open-wc/testing';
import { importData } from '../../src/core/import/readers.js';
import { readAnyData } from '../../src/core/import/read-any.js';
import { writePreciseDate } from '../../src/core/write-date.js';
import { inclusiveEnd } from '../../src/core/import/vis.js';
import fc from 'fast-check';
import { DateTime } from 'luxon';

const noon = Date.UTC(2024, 10, 18, 12, 0);

/** vis-timeline items of every kind and every way of giving a date, with some mistakes. */
const items = [
  { id: 1, content: '<b>Kick-off</b>', start: '2024-11-18', group: 'team', title: 'First <i>meeting</i>', className: 'x', type: 'box' },
  { id: 'sprint', content: 'Sprint', start: '2024-11-18', end: '2024-11-29', group: 'team', type: 'range' },
  { id: 'date-object', content: 'Given as a Date', start: new Date(noon), type: 'point' },
  { id: 'epoch', content: 'Given as epoch ms', start: noon + 90 * 60_000, end: noon + 3 * 3_600_000 },
  { id: 'month', content: 'A month', start: '2024-12' },
  { id: 'spaced', content: 'Date and time with a space', start: '2024-11-19 10:30' },
  { id: 'bg', content: 'Holidays', start: '2024-12-23', end: '2025-01-02', type: 'background' },
  { content: '<img src=x onerror="alert(1)">Without an id', start: '2024-11-20' },
  { id: 'no-start', content: 'No start' },
  { id: 'bad-start', content: 'Bad', start: 'next Tuesday' },
  { id: 'nan', content: 'Not a number', start: Number.NaN },
  { id: 'no-content', start: '2024-11-21', content: '' },
];

describe('vis-timeline items are read by their shape', () => {
  const { format, model } = readAnyData(items, 'Europe/Berlin');
  const byId = (id: string) => model.byId.get(id)!;

  it('is recognised as vis-timeline data', () => {
    expect(format).to.equal('vis');
  });

  it('makes the HTML content a plain title and the title tooltip a plain description', () => {
    expect(byId('1').title).to.equal('Kick-off');
    expect(byId('1').description).to.equal('First meeting');
    const unnamed = model.items.find((i) => i.title === 'Without an id')!;
    expect(unnamed.id).to.equal('without-an-id');
  });

  it('reads ISO strings at their precision, and Dates and epoch ms as exact instants', () => {
    expect(byId('1').from.precision).to.equal('day');
    expect(byId('month').from.precision).to.equal('month');
    expect(byId('date-object').from.precision).to.equal('time');
    expect(byId('date-object').start).to.equal(noon);
    expect(byId('epoch').start).to.equal(noon + 90 * 60_000);
    expect(byId('epoch').end).to.equal(noon + 3 * 3_600_000);
    // vis-timeline ends a range at the instant its end names: a sprint to 29 November ends with the 28th.
    expect(writePreciseDate(byId('sprint').to!)).to.equal('2024-11-28');
    expect(writePreciseDate(byId('spaced').from)).to.equal('2024-11-19T10:30');
  });

  it('ends a range where vis-timeline ends it: an end without a time is the instant its day, month or year begins', () => {
    const cases: Array<[string, string, string | undefined]> = [
      ['2024-06-01', '2024-06-03', '2024-06-02'],
      ['2024-02-10', '2024-03-01', '2024-02-29'],
      ['2023-12-30', '2024-01-01', '2023-12-31'],
      ['2024-05', '2024-07', '2024-06'],
      ['2023-03', '2024-01', '2023-12'],
      ['2020', '2025', '2024'],
      ['0049-06-01', '0050-01-01', '0049-12-31'],
      ['2024-06-01', '2024-06-03T10:00', '2024-06-03T10:00'],
      ['2024-06-01', '2024-06-01', undefined],
      ['2024-06-01T00:00', '2024-06', undefined],
      ['2024-01-01T00:00:00.000Z', '2024', undefined],
      // An end with a time at the instant the range starts: a point too.
      ['2024-06-09T10:00', '2024-06-09T10:00', undefined],
      ['2024-06-09T12:00:00.000Z', '2024-06-09T12:00Z', undefined],
      ['2024-06-09T10:00', '2024-06-09T10:01', '2024-06-09T10:01'],
    ];
    for (const [start, end, expected] of cases) expect(inclusiveEnd(end, start), `${start} to ${end}`).to.equal(expected);
    // Ending before the instant it starts (the end's day, month or year begins before it): refused.
    for (const [start, end] of [['2014-01-29', '2014-01-20'], ['2024-06-03T10:00', '2024-06-03'], ['2014-01-29', '2014-01'], ['2024-06-01', '2023']]) {
      expect(() => inclusiveEnd(end!, start!), `${start} to ${end}`).to.throw('end is before start');
    }
  });

  it('refuses an item that ends before it starts, with a problem, where it was drawn as a point without a word', () => {
    const { model: m } = readAnyData(
      [
        { id: 7, content: 'Backwards', start: '2014-01-29', end: '2014-01-20' },
        { id: 8, content: 'A point', start: '2014-01-20', end: '2014-01-20' },
        { id: 10, content: 'A point in time', start: '2014-01-20T10:00', end: '2014-01-20T10:00' },
        { id: 11, content: 'A point in ms', start: Date.UTC(2014, 0, 20, 12), end: Date.UTC(2014, 0, 20, 12) },
        { id: 9, content: 'Backwards era', type: 'background', start: '2014-02-10', end: '2014-02-01' },
      ],
      'UTC',
    );
    expect(m.items.map((i) => [i.id, i.kind, i.to])).to.deep.equal([
      ['8', 'point', undefined],
      ['10', 'point', undefined],
      ['11', 'point', undefined],
    ]);
    expect(m.problems.map(({ index, field, message }) => ({ index, field, message }))).to.deep.equal([
      { index: -1, field: 'items[4].end', message: 'items[4]: end is before start' },
      { index: 0, field: 'end', message: 'end is before start' },
    ]);
  });

  it('property: the period an end is read as ends at the instant vis-timeline ends the range', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date(Date.UTC(1000, 0, 1)), max: new Date(Date.UTC(2999, 0, 1)), noInvalidDate: true }), fc.constantFrom(4, 7, 10), (at, length) => {
        const end = at.toISOString().slice(0, length);
        const read = inclusiveEnd(end, '0999')!;
        const unit = { 4: 'year', 7: 'month', 10: 'day' }[length] as 'year' | 'month' | 'day';
        const periodEnd = DateTime.fromISO(read, { zone: 'UTC' }).plus({ [unit]: 1 }).toMillis();
        expect(periodEnd).to.equal(DateTime.fromISO(end, { zone: 'UTC' }).toMillis());
        expect(read.length).to.equal(length);
      }),
    );
  });

  it('draws a range given as text and the same range given as Dates over the same time', () => {
    const { model: both } = readAnyData(
      [
        { id: 'text', content: 'As text', start: '2024-06-01', end: '2024-06-03' },
        { id: 'dates', content: 'As Dates', start: new Date(Date.UTC(2024, 5, 1)), end: new Date(Date.UTC(2024, 5, 3)) },
      ],
      'UTC',
    );
    expect(both.byId.get('text')!.end).to.equal(both.byId.get('dates')!.end);
  });

  it('keeps background items as eras, not events', () => {
    expect(model.byId.has('bg')).to.equal(false);
    expect((importData(items).data as { eras: unknown }).eras).to.deep.equal([{ title: 'Holidays', start: '2024-12-23', end: '2025-01-01' }]);
  });

  it('reports bad items with their index in the list and their vis field', () => {
    expect(model.problems.map(({ index, id, field }) => ({ index, id, field }))).to.deep.equal([
      { index: 8, id: 'no-start', field: 'start' },
      { index: 9, id: 'bad-start', field: 'start' },
      { index: 10, id: 'nan', field: 'start' },
      { index: 11, id: 'no-content', field: 'content' },
    ]);
    expect(model.problems[3]!.message).to.equal('content is missing');
  });

  it('reports a background item it could not read whole as an era left out (no event), named by its place and in vis words', () => {
    const { model: read } = readAnyData(
      [
        { id: 1, content: 'Kick-off', start: '2024-11-18' },
        { id: 'late', content: 'Holidays', start: '2025-01-02', end: '2024-12-23', type: 'background' },
        { id: 2, content: 'Review', start: '2024-11-29' },
      ],
      'UTC',
    );
    expect(read.problems.map(({ index, field, message, kept }) => ({ index, field, message, kept }))).to.deep.equal([
      { index: -1, field: 'items[1].end', message: 'items[1]: end is before start', kept: true },
    ]);
  });

  it('reports a background item without an end or a start as an era left out, not as an event skipped', () => {
    const { model: read } = readAnyData(
      [
        { id: 1, content: 'Kick-off', start: '2024-11-18' },
        { id: 'open', content: 'Holidays', start: '2024-12-23', type: 'background' },
        { id: 'nowhen', content: 'Freeze', type: 'background' },
        { id: 2, content: 'Review', start: '2024-11-29' },
      ],
      'UTC',
    );
    expect(read.problems.map(({ index, field, message, kept }) => ({ index, field, message, kept }))).to.deep.equal([
      { index: -1, field: 'items[1].end', message: 'items[1]: end is missing: a background item is a period', kept: true },
      { index: -1, field: 'items[2].start', message: 'items[2]: start is missing', kept: true },
    ]);
    expect(read.items.map((item) => item.title)).to.deep.equal(['Kick-off', 'Review']);
    expect(read.eras).to.deep.equal([]);
  });

  it('reads { items, groups } with the group contents as labels', () => {
    const read = readAnyData({ items: items.slice(0, 2), groups: [{ id: 'team', content: '<b>Team</b> A' }, { id: 7, content: 'Seven' }] }, 'UTC');
    expect(read.format).to.equal('vis');
    expect(read.model.groups).to.deep.equal([
      { id: 'team', label: 'Team A' },
      { id: '7', label: 'Seven' },
    ]);
  });
});
