import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { CsvText } from '../../src/core/import/csv-text.js';
import { importData } from '../../src/core/import/readers.js';
import { readAnyData } from '../../src/core/import/read-any.js';
import { parseTimeline, TimelineDataError } from '../../src/core/parse.js';
import { finishImport } from '../../src/core/import/imported.js';
import { writePreciseDate } from '../../src/core/write-date.js';

const read = (text: string) => readAnyData(new CsvText(text), 'Europe/Berlin');

/** TimelineJS's Google Sheets template, every column, with a title row, an era and bad rows. */
const sheet = [
  'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background',
  ',,,,,,,,,"The <i>Wall</i>","A city divided",https://example.org/t.jpg,Archive,Title image,,title,,#000000',
  '1961,,,,,,,,,Construction begins,"<p>On a Sunday, at night.</p>",https://example.org/a.jpg,AP,Wire,https://example.org/a-t.jpg,,Politics,',
  '1961,8,13,,1961,8,15,,"13–15 August","Barbed wire &amp; blocks",,,,,,,Politics,',
  '1963,6,,,,,,,,Kennedy visits,"<img src=x onerror=""alert(1)"">Kennedy <script>alert(2)</script>speaks",,,,,,,',
  '1989,11,9,18:53,,,,,,Schabowski,,,,,,,Press,',
  '1989,11,9,11:30:15 PM,,,,,,Bornholmer Straße,,,,,,,,',
  '1961,,,,1989,,,,,Divided city,,,,,,era,,',
  '1989,13,,,,,,,,A month too far,,,,,,,,',
  'abc,,,,,,,,,Not a year,,,,,,,,',
  '1990,2,2,25:00,,,,,,Not a time,,,,,,,,',
  '1990,,,,,,,,,,,,,,,,,',
  ',,,,,,,,,,,,,,,,,',
  '1991,,,,,3,,,,End without a year,,,,,,,,',
].join('\r\n');

describe('CSV: a TimelineJS Google Sheet', () => {
  const { format, model } = read(sheet);
  const byTitle = (title: string) => model.items.find((i) => i.title === title)!;

  it('is read as CSV, and its title row names the document', () => {
    expect(format).to.equal('csv');
    expect(model.title).to.equal('The Wall');
  });

  it('gives each row the precision of its most specific column, and End columns a range', () => {
    expect(byTitle('Construction begins').from.precision).to.equal('year');
    expect(byTitle('Kennedy visits').from.precision).to.equal('month');
    const wire = byTitle('Barbed wire & blocks');
    expect([writePreciseDate(wire.from), writePreciseDate(wire.to!)]).to.deep.equal(['1961-08-13', '1961-08-15']);
    expect(writePreciseDate(byTitle('Schabowski').from)).to.equal('1989-11-09T18:53');
    expect(writePreciseDate(byTitle('Bornholmer Straße').from)).to.equal('1989-11-09T23:30:15');
  });

  it('turns Headline and Text into plain text, and keeps the group', () => {
    expect(byTitle('Construction begins').description).to.equal('On a Sunday, at night.');
    expect(byTitle('Construction begins').group).to.equal('Politics');
    expect(byTitle('Kennedy visits').description).to.equal('Kennedy speaks');
  });

  it('leaves eras and blank rows out, and gives every event a slug of its headline as id', () => {
    expect(model.items.map((i) => i.id)).to.have.members(['construction-begins', 'barbed-wire-blocks', 'kennedy-visits', 'schabowski', 'bornholmer-straße']);
  });

  it('keeps era rows as eras and the Media columns as media', () => {
    const doc = importData(new CsvText(sheet)).data as { eras: unknown; events: { id: string; media?: unknown }[] };
    expect(doc.eras).to.deep.equal([{ title: 'Divided city', start: '1961', end: '1989' }]);
    // The template has no alt-text column: a picture's caption is its alt text.
    expect(doc.events.find((e) => e.id === 'construction-begins')!.media).to.deep.equal({ url: 'https://example.org/a.jpg', alt: 'Wire', caption: 'Wire', credit: 'AP' });
  });

  it('shows a sheet’s pictures: alt text from an Alt Text column, else the caption; an address without its scheme is an https one', () => {
    const { model: m } = read(
      [
        'Year,Headline,Media,Media Caption,Media Credit,Alt Text',
        '1961,Described,https://example.org/a.jpg,Wire,AP,Soldiers unroll barbed wire',
        '1962,Captioned,//upload.wikimedia.org/b.png?width=800,Checkpoint Charlie,,',
        '1963,Neither,https://example.org/c.jpg,,AP,',
      ].join('\n'),
    );
    const media = (title: string) => m.items.find((i) => i.title === title)!.media;
    expect(media('Described')).to.deep.include({ url: 'https://example.org/a.jpg', alt: 'Soldiers unroll barbed wire', caption: 'Wire' });
    expect(media('Captioned')).to.deep.include({ url: 'https://upload.wikimedia.org/b.png?width=800', alt: 'Checkpoint Charlie' });
    // Nothing to say what the picture shows: left out, the event kept, the problem told.
    expect(media('Neither')).to.equal(undefined);
    expect(m.problems.map(({ index, field, kept }) => ({ index, field, kept }))).to.deep.equal([{ index: 2, field: 'media.alt', kept: true }]);
  });

  it('makes a video, a post or a web page given as Media a source to follow, named by its caption, credit or host', () => {
    const { model: m } = read(
      [
        'Year,Headline,Media,Media Caption,Media Credit',
        '1985,Interview,https://youtu.be/_gvJCCZzmro,An interview with EbonyJet,EbonyJet',
        '1986,Credited,https://twitter.com/someone/status/1,,<a href="https://x.test">Someone</a>',
        '1987,Bare,https://en.wikipedia.org/wiki/Berlin_Wall,,',
      ].join('\n'),
    );
    const item = (title: string) => m.items.find((i) => i.title === title)!;
    expect(item('Interview').media).to.equal(undefined);
    expect(item('Interview').sources).to.deep.equal([{ name: 'An interview with EbonyJet', url: 'https://youtu.be/_gvJCCZzmro' }]);
    expect(item('Credited').sources).to.deep.equal([{ name: 'Someone', url: 'https://twitter.com/someone/status/1' }]);
    expect(item('Bare').sources).to.deep.equal([{ name: 'en.wikipedia.org', url: 'https://en.wikipedia.org/wiki/Berlin_Wall' }]);
    expect(m.problems).to.deep.equal([]);
  });

  it('keeps the links of a row’s Text as its sources', () => {
    const { model: m } = read('Year,Headline,Text\n1961,Wall built,"<p>Reported by <a href=""https://example.org/ap"">AP</a>.</p>"');
    expect(m.items[0]!.sources).to.deep.equal([{ name: 'AP', url: 'https://example.org/ap' }]);
    expect(m.items[0]!.description).to.equal('Reported by AP.');
  });

  it('reads a Year with its thousands apart and a Time written 1430 or 10.30, as TimelineJS does', () => {
    const { model: m } = read('Year,Month,Day,Time,Headline\n"1,900",,,,Turn of the century\n2024,3,1,1430,Afternoon\n2024,3,2,10.30,Morning');
    expect(m.problems).to.deep.equal([]);
    expect(m.items.map((i) => writePreciseDate(i.from))).to.deep.equal(['1900', '2024-03-01T14:30', '2024-03-02T10:30']);
  });

  it('reads a sheet saved with semicolons or tabs between its columns', () => {
    for (const separator of [';', '\t']) {
      const { model: m } = read(['Year', 'Month', 'Headline', 'Text'].join(separator) + '\n' + ['1961', '8', 'Wall built', '"Barbed wire; then concrete"'].join(separator));
      expect(m.items.map((i) => [i.title, writePreciseDate(i.from), i.description]), JSON.stringify(separator)).to.deep.equal([['Wall built', '1961-08', 'Barbed wire; then concrete']]);
    }
  });

  it('names the Day column for a day its month does not have, and the Month column when a Day comes without one', () => {
    const { model: m } = read('Year,Month,Day,Headline\n2024,,5,Day no month\n2024,2,30,February 30\n2023,2,29,Not a leap year\n2024,2,29,Leap day');
    expect(m.problems.map(({ index, field }) => [index, field])).to.deep.equal([
      [0, 'Month'],
      [1, 'Day'],
      [2, 'Day'],
    ]);
    expect(m.items.map((i) => writePreciseDate(i.from))).to.deep.equal(['2024-02-29']);
  });

  it('reads a negative Year as TimelineJS does, that many years before the era (-44 is 44 BC), and keeps its leap days', () => {
    const { model: m } = read('Year,Month,Day,Headline\n-44,3,15,Caesar is killed\n-45,2,29,A leap day of 45 BC\n-44,2,29,Not a leap year');
    expect(m.items.map((i) => writePreciseDate(i.from))).to.deep.equal(['-000044-02-29', '-000043-03-15']);
    expect(m.problems.map(({ index, field }) => [index, field])).to.deep.equal([[2, 'Day']]);
  });

  it('reports an era row it could not read whole as an era left out (no event), named by its row and column', () => {
    const { model: m } = read(
      'Year,Month,Day,End Year,Headline,Type\n1961,8,13,,Wall built,\n1989,,,1961,Divided city,era\n1990,,,abc,Unreadable end,era\n1989,11,9,,Wall opened,\n2024,13,,,A month too far,',
    );
    expect(m.problems.map(({ index, field, kept }) => ({ index, field, kept }))).to.deep.equal([
      { index: -1, field: 'rows[2].End Year', kept: true },
      { index: -1, field: 'rows[1].End Year', kept: true },
      { index: 4, field: 'Month', kept: undefined },
    ]);
    expect(m.problems[1]!.message).to.equal('rows[1]: End Year is before start');
    expect(m.problems[0]!.message).to.match(/^rows\[2\]: End Year /);
    expect(m.items.map((i) => i.title)).to.deep.equal(['Wall built', 'Wall opened']);
  });

  it('names the Time column for a time the clocks skip, the End Time for an end there', () => {
    const { model: m } = read('Year,Month,Day,Time,End Year,End Month,End Day,End Time,Headline\n2024,3,31,02:30,,,,,Gap\n2024,3,30,12:00,2024,3,31,02:15,Ends in the gap\n2024,3,30,,,,,,A day');
    expect(m.problems.map(({ index, field, message }) => ({ index, field, message }))).to.deep.equal([
      { index: 0, field: 'Time', message: 'Time falls in a daylight-saving gap of its time zone' },
      { index: 1, field: 'End Time', message: 'End Time falls in a daylight-saving gap of its time zone' },
    ]);
    expect(m.items.map((i) => i.title)).to.deep.equal(['A day']);
    // Samoa went from 29 to 31 December 2011.
    const { model: samoa } = readAnyData(new CsvText('Year,Month,Day,Headline\n2011,12,30,Skipped'), 'Pacific/Apia');
    expect(samoa.problems.map(({ field, message }) => ({ field, message }))).to.deep.equal([{ field: 'Day', message: 'Day is a day this time zone skipped' }]);
  });

  it('leaves out an era row without an End Year, reported as the element reports its own era without an end', () => {
    const { model: m } = read('Year,End Year,Headline,Type\n1961,1989,Divided city,era\n2004,,Open era,era\n1990,,An event,');
    expect(m.eras.map((e) => e.title)).to.deep.equal(['Divided city']);
    expect(m.problems.map(({ index, field, kept }) => ({ index, field, kept }))).to.deep.equal([{ index: -1, field: 'rows[1].End Year', kept: true }]);
    expect(m.problems[0]!.message).to.match(/^rows\[1\]: End Year /);
    expect(m.items.map((i) => i.title)).to.deep.equal(['An event']);
  });

  it('reports each bad row with its index after the header and its column', () => {
    expect(model.problems.map(({ index, field }) => ({ index, field }))).to.deep.equal([
      { index: 7, field: 'Month' },
      { index: 8, field: 'Year' },
      { index: 9, field: 'Time' },
      { index: 10, field: 'Headline' },
      { index: 12, field: 'End Year' },
    ]);
  });
});

describe('CSV: a plain table with a header row', () => {
  const table = [
    'id,title,date,start,end,group,place,description',
    'a,Opening,2024-11-18,,,press,Berlin,"Doors open, at last."',
    ',Festival week,,2024-W47,2024-W48,,Hamburg,',
    'c,"Multi-line ""quoted""\ncell",2024,,,,,',
    'd,Bad date,2024-13-01,,,,,',
    'e,,2024-11-20,,,,,',
    'a,Same id,2024-11-21,,,,,',
  ].join('\n');
  const { format, model } = read(table);

  it('reads every column into the event field of the same name', () => {
    expect(format).to.equal('csv');
    const a = model.byId.get('a')!;
    expect([a.title, a.group, a.place, a.description]).to.deep.equal(['Opening', 'press', 'Berlin', 'Doors open, at last.']);
    expect(model.byId.get('c')!.title).to.equal('Multi-line "quoted"\ncell');
    expect(model.byId.get('c')!.from.precision).to.equal('year');
  });

  it('gives a row without an id a slug of its title', () => {
    const week = model.byId.get('festival-week')!;
    expect([writePreciseDate(week.from), writePreciseDate(week.to!)]).to.deep.equal(['2024-W47', '2024-W48']);
  });

  it('reports bad rows with their row index and column', () => {
    expect(model.problems.map(({ index, field }) => ({ index, field }))).to.deep.equal([
      { index: 3, field: 'date' },
      { index: 4, field: 'title' },
      { index: 5, field: 'id' },
    ]);
  });

  it('names the column as the header wrote it', () => {
    const { model: m } = read('ID,Title,Date\nx,,2024');
    expect(m.problems).to.deep.equal([{ index: 0, id: 'x', field: 'Title', message: 'Title is missing' }]);
  });
});

describe('CSV with a quote that never closes', () => {
  it('reads the rows after it as rows, and names the row and column of the quote', () => {
    for (const eol of ['\n', '\r\n', '\r']) {
      const { model } = read(['id,title,date', 'a,"Unclosed quote,2024-01-01', 'b,Fine,2024-02-02', 'c,Also fine,2024-03-03'].join(eol));
      expect(
        model.items.map((i) => [i.id, i.title]),
        JSON.stringify(eol),
      ).to.deep.equal([
        ['a', 'Unclosed quote'],
        ['b', 'Fine'],
        ['c', 'Also fine'],
      ]);
      expect(model.problems, JSON.stringify(eol)).to.deep.equal([
        { index: 0, id: 'a', field: 'title', message: 'title opens a quote (") that is never closed; it was read as if it were not there', kept: true },
      ]);
    }
  });

  it('names a later row when an earlier quoted cell holds line breaks and doubled quotes', () => {
    const { model } = read(['id,title,date', 'a,"Two\nlines, ""quoted""",2024-01-01', 'b,Fine,2024-02-02', 'c,"Open,2024-03-03', 'd,Last,2024-04-04'].join('\n'));
    expect(model.items.map((i) => i.title)).to.deep.equal(['Two\nlines, "quoted"', 'Fine', 'Open', 'Last']);
    expect(model.problems.map(({ index, id, field }) => ({ index, id, field }))).to.deep.equal([{ index: 2, id: 'c', field: 'title' }]);
  });

  it('says a row’s open quote and its other fault in one problem', () => {
    const { model } = read('id,title,date\nx,"\ny,Fine,2024');
    expect(model.items.map((i) => i.id)).to.deep.equal(['y']);
    expect(model.problems).to.deep.equal([
      { index: 0, id: 'x', field: 'title', message: 'title opens a quote (") that is never closed; it was read as if it were not there; title is missing' },
    ]);
  });

  it('takes a quote inside an unquoted cell as text, and says nothing of it', () => {
    const { model } = read('id,title,date\na,The 5" floppy disk ships,1976-08\nb,Next,1977');
    expect(model.items.map((i) => i.title)).to.deep.equal(['The 5" floppy disk ships', 'Next']);
    expect(model.problems).to.deep.equal([]);
  });

  it('finds no open quote in any table written with its quotes closed, and reads every cell back', () => {
    // Titles of any text, quotes, separators and line breaks among them, quoted as RFC 4180 says.
    const title = fc.string({ unit: fc.constantFrom('a', 'b', ' ', ',', ';', '"', '\n', '\r\n', 'ü'), minLength: 1, maxLength: 12 }).filter((t) => t.trim() !== '');
    fc.assert(
      fc.property(fc.array(title, { minLength: 1, maxLength: 8 }), (titles) => {
        const quoted = (t: string) => (/[",;\r\n]/.test(t) ? `"${t.replace(/"/g, '""')}"` : t);
        const text = ['id,title,date', ...titles.map((t, i) => `r${i},${quoted(t)},2024-01-0${(i % 9) + 1}`)].join('\n');
        const { model } = read(text);
        expect(model.problems).to.deep.equal([]);
        expect(model.items.map((i) => i.title)).to.deep.equal(titles.map((t) => t.trim()));
      }),
    );
  });
});

describe('finishImport: one problem an entry', () => {
  it('says a reader’s and the validation’s problems of one entry in one, kept only where both keep the entry', () => {
    const model = parseTimeline([], 'UTC');
    const imported = (kept: boolean) => ({ format: 'csv' as const, data: {}, problems: [{ index: 2, field: 'title', message: 'title opens a quote', ...(kept ? { kept } : {}) }] });
    const validated = { ...model, problems: [{ index: 2, field: 'media', message: 'media has no alt text', kept: true }, { index: 3, field: 'date', message: 'date is missing' }] };
    expect(finishImport(validated, imported(false)).problems).to.deep.equal([
      { index: 2, field: 'media', message: 'title opens a quote; media has no alt text' },
      { index: 3, field: 'date', message: 'date is missing' },
    ]);
    expect(finishImport(validated, imported(true)).problems[0]).to.deep.equal({ index: 2, field: 'media', message: 'title opens a quote; media has no alt text', kept: true });
  });
});

describe('CSV that is not a timeline', () => {
  it('is refused with a reason when the columns are unknown', () => {
    expect(() => read('name,when\nx,2024')).to.throw(TimelineDataError, /columns/);
  });

  it('is refused as empty when it has no text', () => {
    expect(() => read('\uFEFF  \n')).to.throw(TimelineDataError, /empty/);
  });
});

describe('CSV with text after a closing quote', () => {
  it('reads the text as part of the cell, as spreadsheets do, and names the row and column', () => {
    const { model } = read(['id,title,date,description', 'a,"Quoted"Tail,2024-01-01,one', 'x,Tail,2024-01-05,"quoted"tail', 'c,"Row B,"Text with "inner" quotes,2024-01-07,three'].join('\n'));
    expect(model.items.map((i) => [i.id, i.title, i.description])).to.deep.equal([
      ['a', 'QuotedTail', 'one'],
      ['x', 'Tail', 'quotedtail'],
      ['c', 'Row B,Text with "inner" quotes', 'three'],
    ]);
    expect(model.problems).to.deep.equal([
      { index: 0, id: 'a', field: 'title', message: 'title has text after its closing quote ("); it was read as part of the cell', kept: true },
      { index: 1, id: 'x', field: 'description', message: 'description has text after its closing quote ("); it was read as part of the cell', kept: true },
      { index: 2, id: 'c', field: 'title', message: 'title has text after its closing quote ("); it was read as part of the cell', kept: true },
    ]);
  });

  it('keeps every later cell in its column when only white space follows the quote, and says nothing of it', () => {
    const { model } = read('id,title,date,description\nb,"Spaced" ,2024-01-02,two\nd,"Tabbed"\t,2024-01-03,four');
    expect(model.items.map((i) => [i.id, i.title.trim(), i.description])).to.deep.equal([
      ['b', 'Spaced', 'two'],
      ['d', 'Tabbed', 'four'],
    ]);
    expect(model.problems).to.deep.equal([]);
  });
});

describe('CSV with spaces around the header’s names', () => {
  it('names the column in a problem as the header writes it, without the spaces', () => {
    const { model } = read('YEAR ; Month ; Day ; Headline\n2024 ; 2 ; 31 ; Not a day\n2024 ; 3 ; 1 ; A day');
    expect(model.items.map((i) => i.title.trim())).to.deep.equal(['A day']);
    expect(model.problems.map((p) => [p.index, p.field])).to.deep.equal([[0, 'Day']]);
    expect(model.problems[0]!.message).to.match(/^Day /);
  });
});
