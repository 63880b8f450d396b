import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseJsonText, parseTimeline, TimelineDataError } from '../../src/core/parse.js';
import { eventSpec } from './fuzz-arbitraries.js';

describe('parseTimeline: valid events are kept, each bad one is reported', () => {
  it('accepts a bare array of events', () => {
    const model = parseTimeline([{ id: 'a', title: 'A', date: '2024-11-18' }], 'UTC');
    expect(model.items.map((i) => i.id)).to.deep.equal(['a']);
    expect(model.problems).to.deep.equal([]);
  });

  it('accepts a document with title, lang, timeZone and groups, and reads dates in its zone', () => {
    const model = parseTimeline(
      { title: 'T', lang: 'de', timeZone: 'Asia/Tokyo', groups: [{ id: 'g', label: 'G' }], events: [{ id: 'a', title: 'A', date: '2024-11-18', group: 'g' }] },
      'Europe/Berlin',
    );
    expect(model.title).to.equal('T');
    expect(model.lang).to.equal('de');
    expect(model.groups).to.deep.equal([{ id: 'g', label: 'G' }]);
    expect(model.items[0]!.start).to.equal(Date.UTC(2024, 10, 17, 15));
  });

  it('draws day and time events as points, coarser ones and ranges as bands', () => {
    const model = parseTimeline(
      [
        { id: 'day', title: 'd', date: '2024-11-18' },
        { id: 'time', title: 't', date: '2024-11-18T10:00' },
        { id: 'week', title: 'w', date: '2024-W47' },
        { id: 'range', title: 'r', start: '2024-11-18', end: '2024-11-20' },
      ],
      'UTC',
    );
    const kinds = Object.fromEntries(model.items.map((i) => [i.id, i.kind]));
    expect(kinds).to.deep.equal({ day: 'point', time: 'point', week: 'band', range: 'band' });
    const range = model.items.find((i) => i.id === 'range')!;
    expect(range.end - range.start).to.equal(3 * 86_400_000);
  });

  it('sorts events by time', () => {
    const model = parseTimeline(
      [
        { id: 'b', title: 'B', date: '2024-12-01' },
        { id: 'a', title: 'A', date: '2024-01-01' },
      ],
      'UTC',
    );
    expect(model.items.map((i) => i.id)).to.deep.equal(['a', 'b']);
  });

  it('skips each invalid event and names its index and field', () => {
    const model = parseTimeline(
      [
        { id: 'ok', title: 'Fine', date: '2024-11-18' },
        { id: 'no-title', date: '2024-11-18' },
        { id: 'bad-date', title: 'X', date: '2024-02-30' },
        { id: 'backwards', title: 'X', start: '2024-11-18', end: '2024-11-01' },
        { id: 'ok', title: 'Duplicate', date: '2024-11-19' },
        { title: 'No id', date: '2024-11-18' },
        'not an object',
        { id: 'no-date', title: 'X' },
        { id: 'bad-source', title: 'X', date: '2024', sources: [{ url: 'https://example.org' }] },
        { id: 'bad-type', title: 'X', date: '2024', description: 42 },
      ],
      'UTC',
    );
    expect(model.items.map((i) => i.id)).to.deep.equal(['ok']);
    expect(model.problems.map((p) => [p.index, p.id, p.field])).to.deep.equal([
      [1, 'no-title', 'title'],
      [2, 'bad-date', 'date'],
      [3, 'backwards', 'end'],
      [4, 'ok', 'id'],
      [5, undefined, 'id'],
      [6, undefined, 'event'],
      [7, 'no-date', 'date'],
      [8, 'bad-source', 'sources[0].name'],
      [9, 'bad-type', 'description'],
    ]);
    for (const p of model.problems) expect(p.message).to.be.a('string').and.not.equal('');
  });

  it('accepts a range whose end is in the same period as its start', () => {
    const model = parseTimeline([{ id: 'r', title: 'R', start: '2024-11-18T10:00', end: '2024-11-18' }], 'UTC');
    expect(model.problems).to.deep.equal([]);
  });

  it('refuses a range whose end is a whole period before its start, and keeps one that ends at its start', () => {
    const model = parseTimeline(
      [
        { id: 'month', title: 'M', start: '2024-10', end: '2024-09' },
        { id: 'day', title: 'D', start: '2024-11-18', end: '2024-11-17' },
        { id: 'week', title: 'W', start: '2024-W47', end: '2024-W46' },
        { id: 'year', title: 'Y', start: '2024', end: '2023' },
        { id: 'time-before', title: 'T', start: '2024-11-18T10:00', end: '2024-11-18T09:59' },
        { id: 'instant', title: 'I', start: '2024-11-18T10:00', end: '2024-11-18T10:00' },
        { id: 'same-day', title: 'S', start: '2024-10-01T00:00', end: '2024-10-01' },
      ],
      'UTC',
    );
    expect(model.problems.map((p) => [p.id, p.field, p.message])).to.deep.equal(
      ['month', 'day', 'week', 'year', 'time-before'].map((id) => [id, 'end', 'end is before start']),
    );
    expect(model.items.map((i) => [i.id, i.start, i.end])).to.deep.equal([
      ['same-day', Date.UTC(2024, 9, 1), Date.UTC(2024, 9, 2)],
      ['instant', Date.UTC(2024, 10, 18, 10), Date.UTC(2024, 10, 18, 10)],
    ]);
  });

  it('refuses an era whose end is a whole period before its start', () => {
    const model = parseTimeline({ eras: [{ title: 'E', start: '2024-10', end: '2024-09' }, { title: 'F', start: '2024-10', end: '2024-10' }], events: [] }, 'UTC');
    expect(model.problems.map((p) => [p.field, p.message])).to.deep.equal([['eras[0].end', 'eras[0]: end is before start']]);
    expect(model.eras.map((e) => [e.title, e.start, e.end])).to.deep.equal([['F', Date.UTC(2024, 9, 1), Date.UTC(2024, 10, 1)]]);
  });

  it('reads a date, start or end that is null, empty or only white space as absent, as any field', () => {
    const model = parseTimeline(
      [
        { id: 'end-null', title: 'A', start: '2024-10', end: null },
        { id: 'date-null', title: 'B', date: null, start: '2024-10' },
        { id: 'date-empty', title: 'C', date: '', start: '2024' },
        { id: 'end-blank', title: 'D', start: '2024', end: '  ' },
        { id: 'no-date', title: 'E', date: null, start: ' ' },
      ],
      'UTC',
    );
    expect(model.problems.map((p) => [p.id, p.field])).to.deep.equal([['no-date', 'date']]);
    const seen = Object.fromEntries(model.items.map((i) => [i.id, [i.kind, i.start, i.end, i.to]]));
    expect(seen).to.deep.equal({
      'end-null': ['band', Date.UTC(2024, 9, 1), Date.UTC(2024, 10, 1), undefined],
      'date-null': ['band', Date.UTC(2024, 9, 1), Date.UTC(2024, 10, 1), undefined],
      'date-empty': ['band', Date.UTC(2024, 0, 1), Date.UTC(2025, 0, 1), undefined],
      'end-blank': ['band', Date.UTC(2024, 0, 1), Date.UTC(2025, 0, 1), undefined],
    });
  });

  it('names a group by its id where its label has nothing to see (blank, or zero-width characters only)', () => {
    const model = parseTimeline(
      {
        groups: [
          { id: 'zw', label: '\u200b\u200d' },
          { id: 'blank', label: '  ' },
          { id: 'ok', label: 'Named' },
        ],
        events: [{ id: 'a', title: 'A', date: '2024', group: 'zw' }],
      },
      'UTC',
    );
    expect(model.groups.map((g) => g.label)).to.deep.equal(['zw', 'blank', 'Named']);
  });

  it('gives an event with an undeclared group a row of its own', () => {
    const model = parseTimeline({ groups: [], events: [{ id: 'a', title: 'A', date: '2024', group: 'nato' }] }, 'UTC');
    expect(model.groups).to.deep.equal([{ id: 'nato', label: 'nato' }]);
  });

  it('refuses a document that is not a list or has no events, and an unknown zone', () => {
    expect(() => parseTimeline(42, 'UTC')).to.throw(TimelineDataError);
    expect(() => parseTimeline({ title: 'x' }, 'UTC')).to.throw(TimelineDataError);
    expect(() => parseTimeline({ timeZone: 'Mars/Olympus', events: [] }, 'UTC')).to.throw(TimelineDataError, /time zone/);
  });

  it('reads JSON text, with a byte-order mark, and refuses invalid or empty text readably', () => {
    expect(parseJsonText('\uFEFF[]')).to.deep.equal([]);
    expect(() => parseJsonText('{"events": [')).to.throw(TimelineDataError, /not valid JSON/);
    expect(() => parseJsonText('  ')).to.throw(TimelineDataError, /empty/);
  });

  it('treats __proto__ and constructor keys as plain data', () => {
    const data = parseJsonText('[{"id":"a","title":"A","date":"2024","__proto__":{"polluted":true},"constructor":{"prototype":{"x":1}}}]');
    const model = parseTimeline(data, 'UTC');
    expect(model.items).to.have.length(1);
    expect(({} as Record<string, unknown>)['polluted']).to.equal(undefined);
  });

  it('property: never throws anything but TimelineDataError, and every event is kept or reported', () => {
    const value = fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.boolean(), fc.constantFrom('2024', '2024-10', '2024-W47', '2024-11-18', '2024-11-18T10:00Z'));
    const event = fc.dictionary(fc.constantFrom('id', 'title', 'date', 'start', 'end', 'group', 'place', 'sources', 'quote'), value);
    fc.assert(
      fc.property(fc.array(fc.oneof(event, value)), (events) => {
        const model = parseTimeline(events, 'UTC');
        return model.items.length + model.problems.length === events.length;
      }),
    );
  });

  it('property: in "UTC" (read without asking Intl) every item has the instants, precision and problems of the zone "Etc/UTC"', () => {
    fc.assert(
      fc.property(fc.array(eventSpec, { maxLength: 8 }), (specs) => {
        const events = specs.map((s) => s.raw);
        const fixed = parseTimeline(events, 'UTC');
        const iana = parseTimeline(events, 'Etc/UTC');
        const seen = (m: typeof fixed) => ({
          items: m.items.map((i) => [i.id, i.kind, i.start, i.end, i.from.precision, i.from.startMs, i.from.endMs, i.to?.startMs, i.to?.endMs]),
          problems: m.problems,
        });
        expect(seen(fixed)).to.deep.equal(seen(iana));
      }),
      { numRuns: 300 },
    );
  });
});

describe('media of an event', () => {
  it('keeps a picture with alt text and http(s) addresses, and refuses the rest without skipping the event', () => {
    const model = parseTimeline(
      [
        { id: 'a', title: 'A', date: '2024-01-01', media: { url: 'https://example.org/a.jpg', alt: 'A field', credit: 'Me', link: 'http://example.org' } },
        { id: 'b', title: 'B', date: '2024-01-02', media: { url: 'https://example.org/b.jpg', alt: '  ' } },
        { id: 'c', title: 'C', date: '2024-01-03', media: { url: 'data:image/png;base64,AAAA', alt: 'x' } },
        { id: 'd', title: 'D', date: '2024-01-04', media: { url: 'https://example.org/d.jpg', alt: 'x', link: 'javascript:void 0' } },
        { id: 'e', title: 'E', date: '2024-01-05', media: 'https://example.org/e.jpg' },
      ],
      'UTC',
    );
    expect(model.items.map((i) => i.id)).to.deep.equal(['a', 'b', 'c', 'd', 'e']);
    expect(model.byId.get('a')!.media).to.deep.equal({ url: 'https://example.org/a.jpg', alt: 'A field', credit: 'Me', link: 'http://example.org/' });
    expect(model.items.slice(1).every((i) => i.media === undefined)).to.equal(true);
    expect(model.problems.map((p) => [p.index, p.field, p.kept])).to.deep.equal([
      [1, 'media.alt', true],
      [2, 'media.url', true],
      [3, 'media.link', true],
      [4, 'media', true],
    ]);
  });
});
