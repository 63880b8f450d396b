import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { eventById, mountWith, part, parts } from './helpers.js';
import type { EventTimeline, TimelineLoadEvent } from '../../src/index.js';

const story = {
  title: 'Growing story',
  events: [
    { id: 'a', title: 'First', date: '2024-01-10' },
    { id: 'b', title: 'Second', date: '2024-03-10' },
    { id: 'c', title: 'Third', date: '2024-05-10' },
  ],
};
const said = (el: EventTimeline) => el.shadowRoot!.querySelector('[aria-live]')!.textContent!.trim();

async function add(el: EventTimeline, items: Array<{ id: string; title: string; date: string }>): Promise<TimelineLoadEvent> {
  const loaded = oneEvent(el, 'timeline-load') as Promise<TimelineLoadEvent>;
  el.addEvents(items);
  const event = await loaded;
  await el.updateComplete;
  return event;
}

describe('a story that grows (addEvents, follow)', () => {
  before(() => emulateMedia({ reducedMotion: 'reduce' }));
  after(() => emulateMedia({ reducedMotion: 'no-preference' }));

  it('adds events, keeps the window and the selection, announces and marks the new ones', async () => {
    const el = await mountWith(story, { orientation: 'horizontal', width: 900 });
    eventById(el, 'b').click();
    await el.updateComplete;
    const { start, end } = el;
    const event = await add(el, [
      { id: 'd', title: 'Fourth', date: '2024-02-10' },
      { id: 'e', title: 'Fifth', date: '2024-04-10' },
    ]);
    expect(event.detail).to.deep.equal({ count: 5, format: 'event-timeline', added: 2 });
    expect([el.start, el.end]).to.deep.equal([start, end]);
    expect(el.selected).to.equal('b');
    expect(part(el, 'details-title')!.textContent).to.equal('Second');
    expect(said(el)).to.equal('2 new events');
    expect(parts(el, 'event').filter((e) => e.hasAttribute('data-new')).map((e) => e.dataset['id'])).to.deep.equal(['d', 'e']);
    expect(parts(el, 'event')).to.have.length(5);
  });

  it('counts, announces and marks only the items it took: one whose id is taken is refused, and the item that has it is not new', async () => {
    const el = await mountWith(story, { orientation: 'horizontal', width: 900 });
    const problems: unknown[] = [];
    el.addEventListener('timeline-error', (e) => problems.push(...(e as CustomEvent<{ problems: unknown[] }>).detail.problems));
    const event = await add(el, [
      { id: 'd', title: 'Fourth', date: '2024-02-10' },
      { id: 'a', title: 'First again', date: '2024-06-10' },
    ]);
    expect(event.detail).to.deep.equal({ count: 4, format: 'event-timeline', added: 1 });
    expect(said(el)).to.equal('1 new event');
    expect(parts(el, 'event').filter((e) => e.hasAttribute('data-new')).map((e) => e.dataset['id'])).to.deep.equal(['d']);
    expect(eventById(el, 'a').querySelector('[part~="label"]')!.textContent).to.equal('First');
    expect(problems).to.have.length(1);
  });

  it('adds one event passed alone, and reports what is not an event instead of ignoring it', async () => {
    const el = await mountWith(story, { orientation: 'horizontal', width: 900 });
    const loaded = oneEvent(el, 'timeline-load') as Promise<TimelineLoadEvent>;
    el.addEvents({ id: 'd', title: 'Fourth', date: '2024-02-10' });
    expect((await loaded).detail).to.deep.equal({ count: 4, format: 'event-timeline', added: 1 });
    await el.updateComplete;
    expect(eventById(el, 'd').querySelector('[part~="label"]')!.textContent).to.equal('Fourth');
    const failed = oneEvent(el, 'timeline-error') as Promise<CustomEvent<{ problems: Array<{ index: number; field: string }> }>>;
    el.addEvents('Fifth' as never);
    const { problems } = (await failed).detail;
    expect(problems.map((p) => [p.index, p.field])).to.deep.equal([[4, 'event']]);
    await el.updateComplete;
    expect(parts(el, 'event')).to.have.length(4);
  });

  it('adds the events of a document passed to it, keeping the title and groups shown', async () => {
    const el = await mountWith(story, { orientation: 'horizontal', width: 900 });
    const loaded = oneEvent(el, 'timeline-load') as Promise<TimelineLoadEvent>;
    el.addEvents({ title: 'Another title', groups: [{ id: 'g', label: 'G' }], events: [{ id: 'd', title: 'Fourth', date: '2024-02-10' }, { id: 'e', title: 'Fifth', date: '2024-04-10' }] });
    expect((await loaded).detail).to.deep.equal({ count: 5, format: 'event-timeline', added: 2 });
    await el.updateComplete;
    expect(parts(el, 'event').map((e) => e.dataset['id'])).to.deep.equal(['a', 'd', 'b', 'e', 'c']);
    expect(part(el, 'title')!.textContent).to.equal('Growing story');
  });

  it('reports only the problems of the items each addEvents() brings, not again those of earlier ones', async () => {
    const el = await mountWith(story, { orientation: 'horizontal', width: 900 });
    const reported: Array<Array<[number, string]>> = [];
    el.addEventListener('timeline-error', (e) => reported.push((e as CustomEvent<{ problems: Array<{ index: number; field: string }> }>).detail.problems.map((p) => [p.index, p.field])));
    await add(el, [{ id: 'd', title: '', date: '2024-02-10' }, { id: 'e', title: 'Fifth', date: '2024-04-10' }]);
    await add(el, [{ id: 'f', title: 'Sixth', date: '2024-06-10' }]);
    await add(el, [{ id: 'g', title: 'Seventh', date: 'soon' }]);
    expect(reported).to.deep.equal([[[3, 'title']], [[6, 'date']]]);
  });

  it('counts an added item’s problem on from every entry of imported data, those it left out or read as an era too', async () => {
    // vis-timeline items: the third has no start (left out), the fifth is a background (an era): five entries.
    const items = [
      { id: 1, content: 'One', start: '2024-01-02' },
      { id: 2, content: 'Two', start: '2024-01-05' },
      { id: 3, content: 'No start' },
      { id: 4, content: 'Four', start: '2024-01-09' },
      { id: 5, content: 'A season', start: '2024-01-01', end: '2024-03-01', type: 'background' },
    ];
    const el = await mountWith(items as never, { orientation: 'horizontal', width: 900 });
    const reported: Array<Array<[number, string]>> = [];
    el.addEventListener('timeline-error', (e) => reported.push((e as CustomEvent<{ problems: Array<{ index: number; field: string }> }>).detail.problems.map((p) => [p.index, p.field])));
    // The second item of the first list added after five entries is the seventh (index 6).
    await add(el, [{ id: 'n1', title: 'Added', date: '2024-02-01' }, { id: 'n2', title: '', date: '2024-02-02' }]);
    expect(reported).to.deep.equal([[[6, 'title']]]);
  });

  it('says in its error message how many of the items it brought were skipped, as many as its problems list', async () => {
    const el = await mountWith(story, { orientation: 'horizontal', width: 900 });
    const messages: string[] = [];
    el.addEventListener('timeline-error', (e) => messages.push((e as CustomEvent<{ message: string; problems: unknown[] }>).detail.message));
    await add(el, [{ id: 'd', title: '', date: '2024-02-10' }, { id: 'e', title: 'Fifth', date: 'later' }]);
    await add(el, [{ id: 'f', title: 'Sixth', date: 'soon' }]);
    expect(messages).to.deep.equal(['2 events were skipped:', '1 event was skipped:']);
    // The error part shows them all.
    expect(part(el, 'error')!.textContent).to.contain('3 events were skipped');
  });

  it('shows the events added to an element that has no data alone, and reports them as added', async () => {
    const el = await fixture<EventTimeline>(html`<event-timeline style="width: 900px" locale="en" time-zone="UTC" orientation="horizontal"></event-timeline>`);
    const event = await add(el, [{ id: 'a', title: 'First news', date: '2024-01-10' }]);
    expect(event.detail).to.deep.equal({ count: 1, format: 'event-timeline', added: 1 });
    expect(eventById(el, 'a').querySelector('[part~="label"]')!.textContent).to.equal('First news');
    expect(el.toJSON()!.events.map((e) => e.id)).to.deep.equal(['a']);
    const second = await add(el, [{ id: 'b', title: 'Second news', date: '2024-01-12' }]);
    expect(second.detail).to.deep.equal({ count: 2, format: 'event-timeline', added: 1 });
    // Added before the element's first update (made, given items, put in the page in one task): added too.
    const early = document.createElement('event-timeline');
    early.setAttribute('time-zone', 'UTC');
    early.addEvents([{ id: 'solo', title: 'Solo', date: '2024-04-20' }]);
    const loaded = oneEvent(early, 'timeline-load') as Promise<TimelineLoadEvent>;
    el.after(early);
    expect((await loaded).detail).to.deep.equal({ count: 1, format: 'event-timeline', added: 1 });
    early.remove();
  });

  it('keeps the events added before any document with the first that comes, and drops them for the next', async () => {
    const el = await fixture<EventTimeline>(html`<event-timeline style="width: 900px" locale="en" time-zone="UTC" orientation="horizontal"></event-timeline>`);
    await add(el, [{ id: 'early', title: 'Early news', date: '2024-01-05' }]);
    let loaded = oneEvent(el, 'timeline-load') as Promise<TimelineLoadEvent>;
    el.events = story;
    expect((await loaded).detail.count).to.equal(4);
    loaded = oneEvent(el, 'timeline-load') as Promise<TimelineLoadEvent>;
    el.events = { ...story };
    expect((await loaded).detail.count).to.equal(3);
    await el.updateComplete;
    expect(parts(el, 'event').map((e) => e.dataset['id'])).to.deep.equal(['a', 'b', 'c']);
  });

  it('keeps the events added while a new src loads with the document it brings, and drops those added to the one before', async () => {
    const url = (events: unknown) => `data:application/json,${encodeURIComponent(JSON.stringify({ ...story, events }))}`;
    const el = await mountWith(story, { orientation: 'horizontal', width: 900 });
    await add(el, [{ id: 'old', title: 'Added to the first story', date: '2024-02-10' }]);
    const loaded = oneEvent(el, 'timeline-load') as Promise<TimelineLoadEvent>;
    el.events = undefined;
    el.src = url([{ id: 'x', title: 'From the address', date: '2024-06-01' }]);
    await el.updateComplete;
    // Before the reply comes (a fetch answers in a later task).
    el.addEvents([{ id: 'late', title: 'Added while it loads', date: '2024-06-03' }]);
    expect((await loaded).detail.count).to.equal(2);
    await el.updateComplete;
    expect(parts(el, 'event').map((e) => e.dataset['id'])).to.deep.equal(['x', 'late']);
    expect(el.toJSON()!.events.map((e) => e.id)).to.deep.equal(['x', 'late']);
  });

  it('shows nothing once its document is taken away, the events added to it with it', async () => {
    const el = await mountWith(story, { orientation: 'horizontal', width: 900 });
    await add(el, [{ id: 'd', title: 'Fourth', date: '2024-02-10' }]);
    el.events = null;
    await el.updateComplete;
    expect(parts(el, 'event')).to.have.length(0);
    expect(el.toJSON()).to.equal(null);
  });

  it('counts and marks what it adds to data read from another shape (TimelineJS, its ids made from headlines)', async () => {
    const tl = {
      events: [
        { start_date: { year: 2024, month: 1, day: 10 }, text: { headline: 'First' } },
        { start_date: { year: 2024, month: 3, day: 10 }, text: { headline: 'Third' } },
      ],
    };
    const el = await mountWith(tl as never, { orientation: 'horizontal', width: 900 });
    const event = await add(el, [{ id: 'second', title: 'Second', date: '2024-02-10' }]);
    expect(event.detail).to.deep.equal({ count: 3, format: 'timelinejs', added: 1 });
    expect(parts(el, 'event').filter((e) => e.hasAttribute('data-new')).map((e) => e.dataset['id'])).to.deep.equal(['second']);
  });

  it('a new approximate item keeps the halo of new items around its dashed marker; without the mark it has none', async () => {
    const el = await mountWith(story, { orientation: 'horizontal', width: 900 });
    await add(el, [{ id: 'd', title: 'About then', date: '2024-02-10~' }]);
    const marker = (id: string) => getComputedStyle(eventById(el, id).querySelector('[part~="marker"]')!);
    expect(marker('d').borderTopStyle).to.equal('dashed');
    expect(marker('d').boxShadow).to.not.equal('none');
    eventById(el, 'd').removeAttribute('data-new');
    expect(marker('d').boxShadow).to.equal('none');
  });

  it('keeps the selection and the window when events is set again to a document that still has the selected id', async () => {
    const el = await mountWith(story, { orientation: 'horizontal', width: 900 });
    await el.zoomTo('2024-02', '2024-04');
    eventById(el, 'b').click();
    await el.updateComplete;
    const { start, end } = el;
    const loaded = oneEvent(el, 'timeline-load');
    el.events = { ...story, events: [...story.events.slice(0, 2), { id: 'z', title: 'Later', date: '2025-01-01' }] };
    await loaded;
    await el.updateComplete;
    expect([el.start, el.end]).to.deep.equal([start, end]);
    expect(el.selected).to.equal('b');
  });

  it('keeps the window, panned to the selected item, when a new src brings a document that still has it, as a new events does', async () => {
    const url = (events: unknown) => `data:application/json,${encodeURIComponent(JSON.stringify({ ...story, events }))}`;
    const el = await fixture<EventTimeline>(html`<event-timeline locale="en" time-zone="UTC" orientation="horizontal" style="width: 900px"></event-timeline>`);
    const first = oneEvent(el, 'timeline-load');
    el.src = url(story.events);
    await first;
    await el.zoomTo('2024-02-01', '2024-04-01', { animate: false });
    el.selected = 'b';
    await el.updateComplete;
    const span = Date.parse(el.end!) - Date.parse(el.start!);
    // The same story corrected (b moved later) and grown by an item years on, which a fitted window would take in.
    const loaded = oneEvent(el, 'timeline-load');
    el.src = url([...story.events.filter((e) => e.id !== 'b'), { id: 'b', title: 'Moved', date: '2024-05-20' }, { id: 'z', title: 'Later', date: '2027-01-01' }]);
    await loaded;
    await el.updateComplete;
    expect(el.selected).to.equal('b');
    expect(Date.parse(el.end!) - Date.parse(el.start!), 'the span kept').to.be.closeTo(span, 1000);
    expect(Date.parse(el.start!), 'panned to the item').to.be.at.most(Date.parse('2024-05-20'));
    expect(Date.parse(el.end!)).to.be.greaterThan(Date.parse('2024-05-21'));
    expect(parts(el, 'event').map((e) => e.dataset['id'])).to.include('b');
  });

  it('keeps the window the reader zoomed to when the page sets the same story again (a framework’s new list of it each render), and fits a story with nothing there', async () => {
    const el = await mountWith(story, { orientation: 'horizontal', width: 900 });
    const fitted = [el.start, el.end];
    part(el, 'zoom-in')!.click();
    await el.updateComplete;
    const zoomed = [el.start, el.end];
    expect(zoomed, 'zoomed in').to.not.deep.equal(fitted);
    for (const next of [structuredClone(story), { ...story, events: [...story.events, { id: 'd', title: 'Fourth', date: '2024-12-10' }] }]) {
      const loaded = oneEvent(el, 'timeline-load');
      el.events = next;
      await loaded;
      await el.updateComplete;
      expect([el.start, el.end], `${next.events.length} items`).to.deep.equal(zoomed);
    }
    // Another story, none of it in the window: fitted (fit() moves nothing), its items drawn.
    const loaded = oneEvent(el, 'timeline-load');
    el.events = { events: [{ id: 'x', title: 'Other', date: '1990-05-01' }, { id: 'y', title: 'More', date: '2000-06-01' }] };
    await loaded;
    await el.updateComplete;
    const shown = [el.start, el.end];
    await el.fit({ animate: false });
    expect([el.start, el.end]).to.deep.equal(shown);
    expect(parts(el, 'event').map((e) => e.dataset['id'])).to.deep.equal(['x', 'y']);
  });

  it('fits the same story set again when the window is the page’s or the fitted one, not the reader’s', async () => {
    const el = await mountWith(story, { orientation: 'horizontal', width: 900 });
    await el.zoomTo('2024-02-01', '2024-04-01', { animate: false });
    const loaded = oneEvent(el, 'timeline-load');
    el.events = structuredClone(story);
    await loaded;
    await el.updateComplete;
    const shown = [el.start, el.end];
    await el.fit({ animate: false });
    expect([el.start, el.end]).to.deep.equal(shown);
  });

  it('lets go of a selection a new document does not have: no details, the document fitted, and a later document with that id does not bring it back', async () => {
    const el = await mountWith(story, { orientation: 'horizontal', width: 900 });
    eventById(el, 'b').click();
    await el.updateComplete;
    const other = { events: [{ id: 'x', title: 'Other', date: '1990-05-01' }, { id: 'y', title: 'More', date: '2000-06-01' }] };
    for (const next of [other, story]) {
      const loaded = oneEvent(el, 'timeline-load');
      el.events = next;
      await loaded;
      await el.updateComplete;
      expect(el.selected).to.equal(null);
      expect(el.hasAttribute('selected')).to.equal(false);
      expect(part(el, 'details')).to.equal(undefined);
      // Fitted: fit() moves nothing.
      const shown = [el.start, el.end];
      await el.fit({ animate: false });
      expect([el.start, el.end]).to.deep.equal(shown);
    }
    expect(parts(el, 'event').map((e) => e.dataset['id'])).to.deep.equal(['a', 'b', 'c']);
  });

  it('keeps the selection while a large document is read again in slices (another zone), and while a new src loads', async () => {
    const events = Array.from({ length: 6000 }, (_, i) => ({ id: `e${i}`, title: `Item ${i}`, date: new Date(Date.UTC(2020, 0, 1) + i * 3_600_000).toISOString().slice(0, 16) }));
    const el = await mountWith({ events }, { orientation: 'horizontal', width: 900 });
    el.selected = 'e10';
    await el.updateComplete;
    const loaded = oneEvent(el, 'timeline-load');
    el.timeZone = 'Asia/Tokyo';
    await loaded;
    await el.updateComplete;
    expect(el.selected).to.equal('e10');
    expect(part(el, 'details-title')!.textContent).to.equal('Item 10');
    // A src that is still loading has no data yet: the selection waits for it.
    const small = await mountWith(story, { orientation: 'horizontal', width: 900 });
    small.selected = 'b';
    await small.updateComplete;
    small.events = null;
    small.src = 'data:application/json,' + encodeURIComponent(JSON.stringify(story));
    await small.updateComplete;
    const reloaded = oneEvent(small, 'timeline-load');
    await reloaded;
    await small.updateComplete;
    expect(small.selected).to.equal('b');
  });

  it('fits a new document set together with a selection of its own, the selected item in view and its details open', async () => {
    const el = await mountWith(story, { orientation: 'horizontal', width: 900 });
    await el.zoomTo('2024-02', '2024-04', { animate: false });
    const loaded = oneEvent(el, 'timeline-load');
    el.events = { events: [{ id: 'x', title: 'Other', date: '1990-05-01' }, { id: 'y', title: 'More', date: '2000-06-01' }] };
    el.selected = 'y';
    await loaded;
    await el.updateComplete;
    const shown = [el.start, el.end];
    expect(Date.parse(shown[0]!)).to.be.below(Date.parse('1990-05-01'));
    await el.fit({ animate: false });
    expect([el.start, el.end]).to.deep.equal(shown);
    expect(el.selected).to.equal('y');
    expect(part(el, 'details-title')!.textContent).to.equal('More');
  });

  it('an animated zoom goes on to its window when items are added on the way', async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
    try {
      const el = await mountWith(story, { orientation: 'horizontal', width: 900 });
      const [from, to] = [Date.UTC(2024, 1, 1), Date.UTC(2024, 2, 1)];
      const zoomed = el.zoomTo(new Date(from), new Date(to));
      await new Promise((resolve) => setTimeout(resolve, 120));
      el.addEvents([{ id: 'live', title: 'Live update', date: '2024-02-15' }]);
      await zoomed;
      await el.updateComplete;
      expect(Date.parse(el.start!)).to.be.closeTo(from, 1);
      expect(Date.parse(el.end!)).to.be.closeTo(to, 1);
      expect(parts(el, 'event').map((e) => e.dataset['id'])).to.include('live');
    } finally {
      await emulateMedia({ reducedMotion: 'reduce' });
    }
  });

  it('with follow, moves the window to the newest event added beyond its end', async () => {
    const el = await mountWith(story, { orientation: 'horizontal', width: 900 });
    el.follow = true;
    await el.zoomTo('2024-01', '2024-06');
    await add(el, [{ id: 'late', title: 'Breaking', date: '2024-09-15' }]);
    expect(Date.parse(el.end!)).to.be.greaterThan(Date.parse('2024-09-15'));
    expect(parts(el, 'event').map((e) => e.dataset['id'])).to.include('late');
  });

  it('with follow, stays where the user zoomed or panned', async () => {
    const el = await mountWith(story, { orientation: 'horizontal', width: 900 });
    el.follow = true;
    eventById(el, 'a').focus();
    await sendKeys({ press: '+' });
    await el.updateComplete;
    const { start, end } = el;
    await add(el, [{ id: 'late', title: 'Breaking', date: '2024-09-15' }]);
    expect([el.start, el.end]).to.deep.equal([start, end]);
  });

  it('without follow, the window stays when events come after it', async () => {
    const el = await mountWith(story, { orientation: 'horizontal', width: 900 });
    const { start, end } = el;
    await add(el, [{ id: 'late', title: 'Breaking', date: '2024-09-15' }]);
    expect([el.start, el.end]).to.deep.equal([start, end]);
  });

  it('drops the new mark five seconds after each item came, whenever others come after it', async () => {
    const el = await mountWith(story, { orientation: 'horizontal', width: 900 });
    const marked = () => parts(el, 'event').filter((e) => e.hasAttribute('data-new')).map((e) => e.dataset['id']);
    const wait = async (ms: number) => {
      await new Promise((r) => setTimeout(r, ms));
      await el.updateComplete;
    };
    await add(el, [{ id: 'd', title: 'Fourth', date: '2024-02-10' }]);
    expect(marked()).to.deep.equal(['d']);
    await wait(3000);
    await add(el, [{ id: 'e', title: 'Fifth', date: '2024-02-20' }]);
    expect(marked()).to.deep.equal(['d', 'e']);
    // Five seconds after the first came, three after the second: a later addition kept both marked until five seconds after it.
    await wait(2300);
    expect(marked()).to.deep.equal(['e']);
    await wait(3000);
    expect(marked()).to.deep.equal([]);
  });
});
