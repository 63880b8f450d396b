import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { TimelineItem, TimelineModel } from '../../src/core/model.js';
import { readAnyData } from '../../src/core/import/read-any.js';
import { parseTimeline } from '../../src/core/parse.js';
import { toDocument } from '../../src/core/to-document.js';
import { eventSpec } from './fuzz-arbitraries.js';

/** What a reader sees of an item: its words, its period and its precision (not its position in the input). */
function seen(item: TimelineItem) {
  const date = (d: TimelineItem['from']) => ({ precision: d.precision, startMs: d.startMs, endMs: d.endMs, hasSeconds: d.hasSeconds, hasOffset: d.hasOffset });
  const { id, title, description, place, quote, group, sources, start, end, kind } = item;
  return { id, title, description, place, quote, group, sources, start, end, kind, from: date(item.from), to: item.to ? date(item.to) : undefined };
}

function sameItems(a: TimelineModel, b: TimelineModel): void {
  expect(b.items.map(seen)).to.deep.equal(a.items.map(seen));
  expect(b.groups).to.deep.equal(a.groups);
  expect([b.title, b.lang, b.timeZone]).to.deep.equal([a.title, a.lang, a.timeZone]);
}

/** toJSON's document, as a page would keep it: through JSON text. */
const kept = (model: TimelineModel) => JSON.parse(JSON.stringify(toDocument(model))) as unknown;

describe('toDocument: what was read, written back as an event-timeline document', () => {
  it('writes each date in the form of its precision', () => {
    const model = parseTimeline(
      [
        { id: 'y', title: 'Year', date: '1961' },
        { id: 'm', title: 'Month', date: '1963-06' },
        { id: 'w', title: 'Week', start: '2024-W01', end: '2024-W02' },
        { id: 'd', title: 'Day', date: '1989-11-09' },
        { id: 't', title: 'Time', date: '1989-11-09T18:53' },
        { id: 's', title: 'Seconds', date: '1989-11-09T23:30:15+01:00' },
        { id: 'z', title: 'UTC', date: '1989-11-10T00:00Z' },
        { id: 'bc', title: 'Before the era', date: '-000043' },
      ],
      'Europe/Berlin',
    );
    const dates = Object.fromEntries(toDocument(model).events.map((e) => [e.id, e.date ?? `${e.start}/${e.end}`]));
    expect(dates).to.deep.equal({
      y: '1961',
      m: '1963-06',
      w: '2024-W01/2024-W02',
      d: '1989-11-09',
      t: '1989-11-09T18:53',
      s: '1989-11-09T23:30:15+01:00',
      z: '1989-11-10T00:00Z',
      bc: '-000043',
    });
  });

  it('keeps the title, language, zone, groups and every field of an event', () => {
    const doc = {
      title: 'T',
      lang: 'de',
      timeZone: 'Asia/Tokyo',
      groups: [{ id: 'g', label: 'Group' }],
      events: [{ id: 'a', title: 'A', date: '2024-11-18', description: 'D', group: 'g', place: 'P', quote: 'Q', sources: [{ name: 'S', url: 'https://example.org', date: '2024' }] }],
    };
    expect(toDocument(parseTimeline(doc, 'UTC'))).to.deep.equal(doc);
  });

  it('reads back to the same items, for any events in any zone', () => {
    const zones = fc.constantFrom('UTC', 'Europe/Berlin', 'America/New_York', 'Asia/Kathmandu', 'Australia/Lord_Howe', 'Pacific/Apia');
    fc.assert(
      fc.property(fc.array(eventSpec, { maxLength: 12 }), zones, fc.option(zones, { nil: undefined }), (specs, fallback, documentZone) => {
        const source = { ...(documentZone ? { timeZone: documentZone } : {}), events: specs.map((s) => s.raw) };
        const first = parseTimeline(source, fallback);
        const again = parseTimeline(kept(first), fallback);
        sameItems(first, again);
        expect(again.problems).to.deep.equal([]);
      }),
      { numRuns: 150 },
    );
  });

  it('converts TimelineJS and vis-timeline data once, to a document that reads back to the same items', () => {
    const instant = fc.integer({ min: Date.UTC(-3000, 0, 1), max: Date.UTC(3000, 0, 1) });
    const visItem = fc.record({
      id: fc.uuid(),
      content: fc.string({ minLength: 1, maxLength: 8 }).map((s) => `<b>${s}</b>x`),
      start: fc.oneof(instant, instant.map((ms) => new Date(ms)), fc.constantFrom('2024', '2024-11', '2024-W47', '2024-11-18')),
    });
    const part = (min: number, max: number) => fc.option(fc.integer({ min, max }), { nil: undefined });
    const tljsEvent = fc.record({
      start_date: fc.record({ year: fc.integer({ min: -5000, max: 5000 }), month: part(1, 12), day: part(1, 28), hour: part(0, 23), minute: part(0, 59), second: part(0, 59) }),
      text: fc.record({ headline: fc.string({ minLength: 1, maxLength: 8 }).map((s) => `${s}&amp;x`) }),
    });
    const data = fc.oneof(fc.array(visItem, { minLength: 1, maxLength: 8 }), fc.array(tljsEvent, { minLength: 1, maxLength: 8 }).map((events) => ({ title: { text: { headline: 'T' } }, events })));
    fc.assert(
      fc.property(data, fc.constantFrom('UTC', 'Europe/Berlin', 'America/Santiago'), (input, zone) => {
        const { model } = readAnyData(input, zone);
        sameItems(model, parseTimeline(kept(model), zone));
      }),
      { numRuns: 100 },
    );
  });
});
