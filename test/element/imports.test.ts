import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { part, parts } from './helpers.js';
import type { EventTimeline, TimelineDocument, TimelineErrorEvent, TimelineLoadEvent } from '../../src/index.js';

const ids = (el: EventTimeline) => parts(el, 'event').map((e) => e.dataset['id']);
const labels = (el: EventTimeline) => parts(el, 'label').map((e) => e.textContent!.trim());

declare global {
  interface Window {
    importedPayloadRan?: boolean;
  }
}
const payload = '<img src=x onerror="window.importedPayloadRan=true"><script>window.importedPayloadRan=true</script>';

/** Mounts an empty timeline and waits for the load that `give` causes. */
async function loadInto(give: (el: EventTimeline) => void): Promise<{ el: EventTimeline; detail: TimelineLoadEvent['detail'] }> {
  const el = await fixture<EventTimeline>(html`<event-timeline style="width: 900px" locale="en" time-zone="Europe/Berlin"></event-timeline>`);
  const loaded = oneEvent(el, 'timeline-load');
  give(el);
  const { detail } = (await loaded) as TimelineLoadEvent;
  await el.updateComplete;
  return { el, detail };
}

/** Nothing from imported text became an element, and no handler in it ran. */
function expectNoMarkup(el: EventTimeline): void {
  expect(el.shadowRoot!.querySelectorAll('img, script, iframe, svg image')).to.have.length(0);
  expect(el.querySelectorAll('img, script:not([type="application/json"])')).to.have.length(0);
  expect(window.importedPayloadRan).to.equal(undefined);
}

const timelineJs = {
  title: { text: { headline: 'The <em>Wall</em>' } },
  events: [
    { start_date: { year: 1961 }, text: { headline: 'Construction <b>begins</b>', text: `<p>Overnight.</p>${payload}` }, unique_id: 'begin', group: 'Politics' },
    { start_date: { year: 1989, month: 11, day: 9, hour: 18, minute: 53 }, text: { headline: `Schabowski${payload}` } },
    { start_date: { year: 1989, month: 13 }, text: { headline: 'No such month' } },
  ],
};

describe('<event-timeline> reads the data people already have', () => {
  it('reads TimelineJS JSON from the events property, reports its format, and shows its HTML as text', async () => {
    const { el, detail } = await loadInto((el) => (el.events = timelineJs));
    expect(detail).to.deep.equal({ count: 2, format: 'timelinejs' });
    expect(part(el, 'title')!.textContent!.trim()).to.equal('The Wall');
    expect(ids(el)).to.have.members(['begin', 'schabowski']);
    expect(labels(el)).to.include('Construction begins');
    el.selected = 'begin';
    await el.updateComplete;
    expect(part(el, 'details-description')!.textContent!.trim()).to.equal('Overnight.');
    expect(eventYearBand(el)).to.equal('band');
    expectNoMarkup(el);
  });

  it('reports a bad TimelineJS event with its index and field', async () => {
    const el = await fixture<EventTimeline>(html`<event-timeline locale="en"></event-timeline>`);
    const failed = oneEvent(el, 'timeline-error');
    el.events = timelineJs;
    const { detail } = (await failed) as TimelineErrorEvent;
    expect(detail.problems.map(({ index, field }) => ({ index, field }))).to.deep.equal([{ index: 2, field: 'start_date.month' }]);
  });

  it('says a vis background item it could not read is a period left out, not an event shown in part', async () => {
    const el = await fixture<EventTimeline>(html`<event-timeline locale="en" time-zone="UTC"></event-timeline>`);
    const failed = oneEvent(el, 'timeline-error');
    el.events = [
      { id: 1, content: 'Opening', start: '2024-06-20' },
      { id: 'late', content: 'Holidays', start: '2024-09-01', end: '2024-07-01', type: 'background' },
    ] as never;
    const { detail } = (await failed) as TimelineErrorEvent;
    expect(detail.message).to.equal('Some periods and dates were left out:');
    await el.updateComplete;
    expect(part(el, 'error')!.querySelector('li')!.textContent).to.equal('items[1]: end is before start');
    expect(parts(el, 'event')).to.have.length(1);
  });

  it('reads vis-timeline items from inline JSON, epoch ms included', async () => {
    const items = [
      { id: 1, content: `Kick-off${payload}`, start: Date.UTC(2024, 10, 18, 9), group: 'a' },
      { id: 2, content: 'Sprint', start: '2024-11-18', end: '2024-11-29', group: 'b' },
      { id: 3, content: 'Holidays', start: '2024-12-23', end: '2025-01-02', type: 'background' },
      { id: 4, content: '&lt;img src=x onerror="window.importedPayloadRan=true"&gt;', start: '2024-11-20', group: 'a' },
    ];
    const { el, detail } = await loadInto((el) => {
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = JSON.stringify({ items, groups: [{ id: 'a', content: 'Team A' }, { id: 'b', content: 'Team B' }] });
      el.append(script);
    });
    expect(detail).to.deep.equal({ count: 3, format: 'vis' });
    expect(ids(el)).to.have.members(['1', '2', '4']);
    // An escaped tag is the words it spells, shown as text.
    expect(labels(el)).to.include('<img src=x onerror="window.importedPayloadRan=true">');
    expect(parts(el, 'group-label').map((g) => g.textContent!.trim())).to.deep.equal(['Team A', 'Team B']);
    expectNoMarkup(el);
  });

  it('reads a TimelineJS sheet from a src answering text/csv, and reports a bad row with its row and column', async () => {
    const csv = ['Year,Month,Day,Time,Headline,Text,Type,Group', ',,,,My sheet,,title,', '2024,11,18,14:30,Launch,<b>Go</b>,,Ops', '2024,11,,,November,,,', 'next year,,,,Bad,,,'].join('\n');
    const el = await fixture<EventTimeline>(html`<event-timeline locale="en" time-zone="Europe/Berlin"></event-timeline>`);
    const loaded = oneEvent(el, 'timeline-load');
    const failed = oneEvent(el, 'timeline-error');
    el.src = `/test-api/csv?body=${encodeURIComponent(csv)}`;
    const [{ detail }, { detail: problems }] = (await Promise.all([loaded, failed])) as [TimelineLoadEvent, TimelineErrorEvent];
    await el.updateComplete;
    expect(detail).to.deep.equal({ count: 2, format: 'csv' });
    expect(part(el, 'title')!.textContent!.trim()).to.equal('My sheet');
    expect(ids(el)).to.have.members(['launch', 'november']);
    expect(problems.problems.map(({ index, field }) => ({ index, field }))).to.deep.equal([{ index: 3, field: 'Year' }]);
  });

  it('reads a plain table from a src ending in .csv, whatever type the server names', async () => {
    const csv = 'id,title,date,place\nopening,Opening,2024-11-18,Berlin\n';
    const { el, detail } = await loadInto((el) => (el.src = `/test-api/text/sheet.csv?body=${encodeURIComponent(csv)}`));
    expect(detail).to.deep.equal({ count: 1, format: 'csv' });
    expect(ids(el)).to.deep.equal(['opening']);
  });

  it('reads a spreadsheet from a src answering any of the types servers send CSV as, with semicolons between its columns too', async () => {
    const csv = 'id;title;date;place\nopening;Opening;2024-11-18 10:30;Berlin\n';
    for (const type of ['application/vnd.ms-excel', 'application/csv', 'text/comma-separated-values']) {
      const { el, detail } = await loadInto((el) => (el.src = `/test-api/csv?type=${encodeURIComponent(type)}&body=${encodeURIComponent(csv)}`));
      expect(detail, type).to.deep.equal({ count: 1, format: 'csv' });
      // The time read after its space, in the element's zone (named: the test browser's is another).
      expect(parts(el, 'event').map((e) => e.getAttribute('aria-label')), type).to.deep.equal(['November 18, 2024 at 10:30 AM GMT+1: Opening']);
    }
  });

  it('reports the problems of items added to imported data in the element’s own words, not the source’s', async () => {
    const { el } = await loadInto((el) => (el.events = { events: [{ start_date: { year: 2020 }, text: { headline: 'Read from TimelineJS' } }] } as never));
    const failed = oneEvent(el, 'timeline-error');
    el.addEvents([{ id: 'x', date: '2021' } as never, { id: 'y', title: 'Y', date: '2021-13' }]);
    const { detail } = (await failed) as TimelineErrorEvent;
    expect(detail.problems.map(({ index, id, field }) => ({ index, id, field }))).to.deep.equal([
      { index: 1, id: 'x', field: 'title' },
      { index: 2, id: 'y', field: 'date' },
    ]);
  });

  it('refuses a CSV whose columns it does not know, saying which columns it reads', async () => {
    const el = await fixture<EventTimeline>(html`<event-timeline locale="en"></event-timeline>`);
    const failed = oneEvent(el, 'timeline-error');
    el.src = `/test-api/csv?body=${encodeURIComponent('name,when\nLaunch,2024')}`;
    const { detail } = (await failed) as TimelineErrorEvent;
    await el.updateComplete;
    expect(detail.message).to.contain('Year, Headline');
    expect(part(el, 'error')!.textContent).to.contain('title and date');
    expect(parts(el, 'event')).to.have.length(0);
  });

  it('reads TimelineJS JSON from src by its shape', async () => {
    const { el, detail } = await loadInto((el) => (el.src = `/test-api/json?body=${encodeURIComponent(JSON.stringify(timelineJs))}`));
    expect(detail).to.deep.equal({ count: 2, format: 'timelinejs' });
    expect(ids(el)).to.have.members(['begin', 'schabowski']);
    expectNoMarkup(el);
  });

  it('reports the element\'s own JSON as event-timeline', async () => {
    const { detail } = await loadInto((el) => (el.events = [{ id: 'a', title: 'A', date: '2024' }]));
    expect(detail.format).to.equal('event-timeline');
  });
});

/** The year-only TimelineJS event is drawn as a band, as a year is. */
function eventYearBand(el: EventTimeline): string | undefined {
  return parts(el, 'event').find((e) => e.dataset['id'] === 'begin')?.dataset['kind'];
}

describe('<event-timeline> toJSON()', () => {
  it('is null before any data is read', async () => {
    const el = await fixture<EventTimeline>(html`<event-timeline></event-timeline>`);
    expect(el.toJSON()).to.equal(null);
    expect(JSON.stringify(el)).to.equal('null');
  });

  it('writes imported data as an event-timeline document that reads back to the same events', async () => {
    const { el } = await loadInto((el) => (el.events = timelineJs));
    const kept = JSON.parse(JSON.stringify(el)) as TimelineDocument;
    expect(kept).to.deep.equal({
      title: 'The Wall',
      groups: [{ id: 'Politics', label: 'Politics' }],
      events: [
        { id: 'begin', title: 'Construction begins', date: '1961', description: 'Overnight.', group: 'Politics' },
        { id: 'schabowski', title: 'Schabowski', date: '1989-11-09T18:53' },
      ],
    });
    const { el: again, detail } = await loadInto((e) => (e.events = kept));
    expect(detail.format).to.equal('event-timeline');
    expect(ids(again)).to.deep.equal(ids(el));
    expect(labels(again)).to.deep.equal(labels(el));
  });
});
