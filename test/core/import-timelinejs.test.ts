import { expect } from '@open-wc/testing';
import { formatPreciseDate } from '../../src/core/format.js';
import { importData } from '../../src/core/import/readers.js';
import { readAnyData } from '../../src/core/import/read-any.js';
import { writePreciseDate } from '../../src/core/write-date.js';

/** A TimelineJS document with every field TimelineJS knows, and some mistakes. */
const sample = {
  title: {
    text: { headline: 'The <em>Berlin</em> Wall', text: '<p>1961 to 1989</p>' },
    media: { url: 'https://example.org/wall.jpg', caption: 'The wall', credit: 'Archive' },
  },
  events: [
    {
      start_date: { year: 1961 },
      text: { headline: 'Construction begins', text: '<p>On a <b>Sunday</b> night.</p><p>Streets are cut.</p>' },
      unique_id: 'begin',
      group: 'Politics',
      media: { url: 'https://example.org/wire.jpg', caption: 'Wire', credit: 'AP', alt: 'Barbed wire', thumbnail: 'https://example.org/t.jpg' },
      background: { color: '#222', url: 'https://example.org/bg.jpg' },
      display_date: 'Summer 1961',
      autolink: true,
    },
    {
      start_date: { year: '1961', month: '8', day: '13', display_date: 'Sunday, 13 August' },
      end_date: { year: 1961, month: 8, day: 15 },
      text: { headline: 'Barbed wire &amp; blocks' },
    },
    {
      start_date: { year: 1963, month: 6 },
      text: { headline: 'Ich bin ein Berliner', text: '<img src=x onerror="alert(1)">Kennedy <script>alert(2)</script>speaks.' },
    },
    { start_date: { year: 1989, month: 11, day: 9, hour: 18, minute: 53 }, text: { headline: '<b>Schabowski</b> reads the note' } },
    { start_date: { year: 1989, month: 11, day: 9, hour: 23, minute: 30, second: 15 }, text: { headline: 'Bornholmer Straße opens' } },
    { start_date: { year: -43 }, text: { headline: 'A year before the common era' } },
    { start_date: { year: 1989, month: 13 }, text: { headline: 'A month that does not exist' } },
    { text: { headline: 'No date at all' } },
    { start_date: { year: 1990, month: 2, day: 30 }, text: { headline: 'February 30' } },
    { start_date: { year: 1990 }, text: { headline: '' } },
    { start_date: { year: 1991 }, text: { headline: 'Taken id' }, unique_id: 'begin' },
    { start_date: { year: 1961 }, text: { headline: 'Construction begins' } },
    { start_date: { year: -44, month: 3, day: 15 }, text: { headline: 'Caesar is killed' } },
  ],
  eras: [{ start_date: { year: 1961 }, end_date: { year: 1989 }, text: { headline: 'Divided city' } }],
};

describe('TimelineJS JSON is read by its shape', () => {
  const { format, model } = readAnyData(sample, 'Europe/Berlin');
  const byId = (id: string) => model.byId.get(id)!;

  it('is recognised as TimelineJS, and its title slide names the document', () => {
    expect(format).to.equal('timelinejs');
    expect(model.title).to.equal('The Berlin Wall');
  });

  it('gives each event the precision of the most specific field given', () => {
    expect(writePreciseDate(byId('begin').from)).to.equal('1961');
    expect(byId('begin').from.precision).to.equal('year');
    expect(byId('begin').kind).to.equal('band');
    expect(byId('ich-bin-ein-berliner').from.precision).to.equal('month');
    expect(writePreciseDate(byId('schabowski-reads-the-note').from)).to.equal('1989-11-09T18:53');
    expect(writePreciseDate(byId('bornholmer-straße-opens').from)).to.equal('1989-11-09T23:30:15');
  });

  it("reads a negative year as TimelineJS writes it, that many years before the era: -44 is 44 BC, not ISO's 45 BC", () => {
    // TimelineJS shows { year: -44 } as "44 BCE"; ISO's year -000043 is 44 BC.
    expect(writePreciseDate(byId('a-year-before-the-common-era').from)).to.equal('-000042');
    expect(writePreciseDate(byId('caesar-is-killed').from)).to.equal('-000043-03-15');
    expect(formatPreciseDate(byId('caesar-is-killed').from, 'en')).to.equal('March 15, 44 BC');
  });

  it('reads an end date as the end of a range, with numbers given as text', () => {
    const wire = byId('barbed-wire-blocks');
    expect(writePreciseDate(wire.from)).to.equal('1961-08-13');
    expect(writePreciseDate(wire.to!)).to.equal('1961-08-15');
  });

  it('uses unique_id as the id, else a stable slug of the headline that no other event has', () => {
    expect(model.items.map((i) => i.id)).to.include.members(['begin', 'barbed-wire-blocks', 'construction-begins']);
    expect(readAnyData(sample, 'Europe/Berlin').model.items.map((i) => i.id)).to.deep.equal(model.items.map((i) => i.id));
  });

  it('turns headlines and texts into plain text: markup and scripts never survive', () => {
    expect(byId('begin').description).to.equal('On a Sunday night.\nStreets are cut.');
    expect(byId('barbed-wire-blocks').title).to.equal('Barbed wire & blocks');
    expect(byId('ich-bin-ein-berliner').description).to.equal('Kennedy speaks.');
    for (const item of model.items) expect(`${item.title} ${item.description ?? ''}`).not.to.match(/<|alert/);
  });

  it('keeps the group', () => {
    expect(byId('begin').group).to.equal('Politics');
    expect(model.groups.map((g) => g.label)).to.deep.equal(['Politics']);
  });

  it('reports each bad event with its index and its TimelineJS field', () => {
    expect(model.problems.map(({ index, field }) => ({ index, field }))).to.deep.equal([
      { index: 6, field: 'start_date.month' },
      { index: 7, field: 'start_date' },
      { index: 8, field: 'start_date.day' },
      { index: 9, field: 'text.headline' },
      { index: 10, field: 'unique_id' },
    ]);
    expect(model.problems[0]!.message).to.equal('start_date.month must be a whole number from 1 to 12');
    expect(model.problems[2]!.message).to.equal('start_date.day 30 is not a day of month 2');
  });

  it('refuses a date whose finer part is given without a coarser one: a day with no month is no day of January', () => {
    const { model: m } = readAnyData(
      {
        events: [
          { start_date: { year: 2021, day: 3 }, text: { headline: 'Day, no month' } },
          { start_date: { year: 2021, month: 5, hour: 10 }, text: { headline: 'Hour, no day' } },
          { start_date: { year: 2021, month: 5, day: 4, hour: 10, second: 30 }, text: { headline: 'Seconds, no minute' } },
          { start_date: { year: 2024, month: 2, day: 29 }, text: { headline: 'Leap day' } },
        ],
      },
      'UTC',
    );
    expect(m.problems.map(({ index, field, message }) => [index, field, message])).to.deep.equal([
      [0, 'start_date.month', 'start_date.month is missing'],
      [1, 'start_date.day', 'start_date.day is missing'],
    ]);
    expect(m.items.map((i) => writePreciseDate(i.from))).to.deep.equal(['2021-05-04T10:00:30', '2024-02-29']);
  });
});

describe('TimelineJS eras and media', () => {
  it('are kept in the converted document in the element\'s shapes, with plain-text captions', () => {
    const doc = importData(sample).data as { eras: unknown[]; events: { id: string; media?: unknown }[] };
    expect(doc.eras).to.deep.equal([{ title: 'Divided city', start: '1961', end: '1989' }]);
    expect(doc.events.find((e) => e.id === 'begin')!.media).to.deep.equal({ url: 'https://example.org/wire.jpg', alt: 'Barbed wire', caption: 'Wire', credit: 'AP' });
  });

  it('reports an era it cannot read at its place in the source, in TimelineJS words, and keeps the others; an era with a text alone is titled by it', () => {
    const { model: m } = readAnyData(
      {
        events: [{ start_date: { year: 2020 }, text: { headline: 'An event' } }],
        eras: [
          { start_date: { year: 2020, month: 13 }, text: { headline: 'Month 13' } },
          { start_date: { year: 2020, month: 3 }, end_date: { year: 2020, month: 5 }, text: { text: '<p>Only a text</p>' } },
          { start_date: { year: 2020, month: 6 }, end_date: { year: 2020, month: 2 }, text: { headline: 'Ends before it starts' } },
          { start_date: { year: 2021 } },
        ],
      },
      'UTC',
    );
    expect(m.eras.map((e) => e.title)).to.deep.equal(['Only a text']);
    expect(m.problems.map(({ index, field, kept }) => [index, field, kept])).to.deep.equal([
      [-1, 'eras[0].start_date.month', true],
      [-1, 'eras[3].text.headline', true],
      [-1, 'eras[2].end_date', true],
    ]);
    expect(m.problems[2]!.message).to.equal('eras[2]: end_date is before start');
  });

  it('leaves out an era without an end_date (or with a display_date alone), reported as the element reports its own era without an end', () => {
    const { model: m } = readAnyData(
      {
        events: [{ start_date: { year: 2020 }, text: { headline: 'An event' } }],
        eras: [
          { start_date: { year: 2004 }, text: { headline: 'No end' } },
          { start_date: { year: 2005 }, end_date: { display_date: 'ongoing' }, text: { headline: 'A display date alone' } },
          { start_date: { year: 2006 }, end_date: { year: 2008 }, text: { headline: 'Whole' } },
        ],
      },
      'UTC',
    );
    expect(m.eras.map((e) => e.title)).to.deep.equal(['Whole']);
    expect(m.problems.map(({ index, field, kept }) => [index, field, kept])).to.deep.equal([
      [-1, 'eras[0].end_date', true],
      [-1, 'eras[1].end_date', true],
    ]);
    expect(m.problems.map((p) => p.message)).to.deep.equal(['eras[0]: end_date is missing: an era is a period', 'eras[1]: end_date is missing: an era is a period']);
  });

  it('shows the pictures of a real story: alt text from the caption, an address without its scheme read as https', () => {
    const { model: m } = readAnyData(
      {
        events: [
          { start_date: { year: 1963 }, text: { headline: 'Family' }, media: { url: '//upload.wikimedia.org/family.jpg', caption: "Houston's mother, Cissy Houston", credit: '<a href="http://flickr.com">Tom</a>' } },
          { start_date: { year: 1964 }, text: { headline: 'Described' }, media: { url: 'https://example.org/a.JPEG?w=800', alt: 'A choir on stage', caption: 'The choir' } },
        ],
      },
      'UTC',
    );
    expect(m.problems).to.deep.equal([]);
    expect(m.items.map((i) => i.media)).to.deep.equal([
      { url: 'https://upload.wikimedia.org/family.jpg', alt: "Houston's mother, Cissy Houston", caption: "Houston's mother, Cissy Houston", credit: 'Tom' },
      { url: 'https://example.org/a.JPEG?w=800', alt: 'A choir on stage', caption: 'The choir' },
    ]);
  });

  it('makes a video or a web page given as media a source to follow, where it was refused for want of alt text', () => {
    const { model: m } = readAnyData(
      {
        events: [
          { start_date: { year: 1985 }, text: { headline: 'Interview' }, media: { url: 'https://youtu.be/_gvJCCZzmro', caption: 'An interview with EbonyJet', credit: 'EbonyJet' } },
          { start_date: { year: 1986 }, text: { headline: 'No caption' }, media: { url: 'https://youtu.be/fSrO91XO1Ck', caption: '', credit: '<a href="http://unidiscmusic.com">Unidisc Music</a>' } },
        ],
      },
      'UTC',
    );
    expect(m.problems).to.deep.equal([]);
    expect(m.items.map((i) => [i.media, i.sources])).to.deep.equal([
      [undefined, [{ name: 'An interview with EbonyJet', url: 'https://youtu.be/_gvJCCZzmro' }]],
      [undefined, [{ name: 'Unidisc Music', url: 'https://youtu.be/fSrO91XO1Ck' }]],
    ]);
  });

  it('reads an end_date with a display_date alone as no end: the event is a date, not skipped', () => {
    const { model: m } = readAnyData({ events: [{ start_date: { year: 2020, month: 3 }, end_date: { display_date: 'ongoing' }, text: { headline: 'Still going' } }] }, 'UTC');
    expect(m.problems).to.deep.equal([]);
    expect(m.items.map((i) => [writePreciseDate(i.from), i.to])).to.deep.equal([['2020-03', undefined]]);
  });
});

describe('TimelineJS detection leaves other data alone', () => {
  it('reads an event-timeline document as one', () => {
    expect(readAnyData({ events: [{ id: 'a', title: 'A', date: '2024' }] }, 'UTC').format).to.equal('event-timeline');
    expect(readAnyData([{ id: 'a', title: 'A', date: '2024' }], 'UTC').format).to.equal('event-timeline');
  });
});
