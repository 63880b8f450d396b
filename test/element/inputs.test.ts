import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { mountWith, part, parts } from './helpers.js';
import type { EventTimeline, TimelineErrorEvent } from '../../src/index.js';

const json = (data: unknown) => `/test-api/json?body=${encodeURIComponent(JSON.stringify(data))}`;
const slow = (data: unknown, ms: number) => `${json(data)}&delay=${ms}`;
const ids = (el: EventTimeline) => parts(el, 'event').map((e) => e.dataset['id']);

describe('<event-timeline> inputs: property, then src, then inline JSON', () => {
  it('loads src with fetch, shows a loading state meanwhile, and fires timeline-load', async () => {
    const el = await fixture<EventTimeline>(html`<event-timeline src=${slow([{ id: 'a', title: 'A', date: '2024' }], 300)}></event-timeline>`);
    expect(part(el, 'loading')!.textContent).to.match(/Loading/);
    const loaded = await oneEvent(el, 'timeline-load');
    expect(loaded.detail).to.deep.equal({ count: 1, format: 'event-timeline' });
    expect(part(el, 'loading')).to.equal(undefined);
    expect(ids(el)).to.deep.equal(['a']);
  });

  it('reads an inline <script type="application/json">', async () => {
    const el = await fixture<EventTimeline>(html`<event-timeline
      ><script type="application/json">
        [{ "id": "inline", "title": "Inline", "date": "2024-11-18" }]
      </script></event-timeline
    >`);
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(['inline']);
  });

  it('lets the events property win over src and inline JSON', async () => {
    const el = await fixture<EventTimeline>(html`<event-timeline src=${slow([{ id: 'from-src', title: 'S', date: '2024' }], 100)}
      ><script type="application/json">
        [{ "id": "inline", "title": "Inline", "date": "2024" }]
      </script></event-timeline
    >`);
    el.events = [{ id: 'prop', title: 'P', date: '2024' }];
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 300));
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(['prop']);
  });

  it('reads src again when the events property is set back to null or undefined', async () => {
    const el = await fixture<EventTimeline>(html`<event-timeline src=${json([{ id: 'from-src', title: 'S', date: '2024' }])}></event-timeline>`);
    await waitUntil(() => ids(el).length > 0);
    for (const none of [null, undefined]) {
      el.events = [{ id: 'prop', title: 'P', date: '2024' }];
      await waitUntil(() => ids(el)[0] === 'prop');
      el.events = none;
      await waitUntil(() => ids(el)[0] === 'from-src', `events = ${none}`);
      expect(part(el, 'error')).to.equal(undefined);
    }
  });

  it('lets src win over inline JSON', async () => {
    const el = await fixture<EventTimeline>(html`<event-timeline src=${json([{ id: 'from-src', title: 'S', date: '2024' }])}
      ><script type="application/json">
        [{ "id": "inline", "title": "Inline", "date": "2024" }]
      </script></event-timeline
    >`);
    await waitUntil(() => ids(el).length > 0);
    expect(ids(el)).to.deep.equal(['from-src']);
  });

  it('never lets a stale reply win when src changes: the slow first answer is dropped', async () => {
    const el = await fixture<EventTimeline>(html`<event-timeline src=${slow([{ id: 'old', title: 'Old', date: '2024' }], 600)}></event-timeline>`);
    let loads = 0;
    el.addEventListener('timeline-load', () => loads++);
    el.src = slow([{ id: 'new', title: 'New', date: '2024' }], 50);
    await oneEvent(el, 'timeline-load');
    expect(ids(el)).to.deep.equal(['new']);
    await new Promise((r) => setTimeout(r, 900));
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(['new']);
    expect(loads).to.equal(1);
  });

  it('reports an unreachable src in the error part and with timeline-error', async () => {
    const el = await fixture<EventTimeline>(html`<event-timeline></event-timeline>`);
    const failed = oneEvent(el, 'timeline-error');
    el.src = '/test-api/status/404';
    const event = await failed;
    expect(event.detail.message).to.match(/404/);
    expect(event.detail.problems).to.deep.equal([]);
    await el.updateComplete;
    expect(part(el, 'error')!.textContent).to.match(/could not be loaded/);
  });

  it('puts a refused document\u2019s English reason in a sentence in the element\u2019s language, as a failed request\u2019s', async () => {
    const refused = [{ title: 'x' }, { events: [], timeZone: 'Mars/Olympus' }, { events: 'none' }, 'not json {'];
    for (const data of refused) {
      const el = await fixture<EventTimeline>(html`<event-timeline locale="de"></event-timeline>`);
      const failed = oneEvent(el, 'timeline-error');
      el.events = data as never;
      const { detail } = await failed;
      await el.updateComplete;
      const text = part(el, 'error')!.textContent!;
      expect(text, JSON.stringify(data)).to.contain('Die Ereignisse konnten nicht geladen werden.');
      expect(detail.message, JSON.stringify(data)).to.match(/^Die Ereignisse konnten nicht geladen werden\. (The data|Unknown time zone)/);
    }
  });

  it('refuses a src whose JSON is a string, even one that holds a list of events as text', async () => {
    for (const body of ['[{"id":"a","title":"A","date":"2024"}]', 'hello']) {
      const el = await fixture<EventTimeline>(html`<event-timeline></event-timeline>`);
      const failed = oneEvent(el, 'timeline-error');
      el.src = json(body);
      expect((await failed).detail.message, body).to.match(/must be a list of events/);
      expect(parts(el, 'event')).to.have.length(0);
    }
  });

  it('reports a src that answers with HTML instead of JSON', async () => {
    const el = await fixture<EventTimeline>(html`<event-timeline></event-timeline>`);
    const failed = oneEvent(el, 'timeline-error');
    el.src = '/test-api/html';
    expect((await failed).detail.message).to.match(/not valid JSON/);
  });

  it('reports invalid inline JSON readably, without throwing', async () => {
    const el = await fixture<EventTimeline>(html`<event-timeline
      ><script type="application/json">
        [{ "id": "a", "title": }
      </script></event-timeline
    >`);
    await el.updateComplete;
    expect(part(el, 'error')!.textContent).to.match(/not valid JSON/);
  });

  it('skips bad events, lists the problems, and still renders every valid event', async () => {
    const el = await fixture<EventTimeline>(html`<event-timeline></event-timeline>`);
    const failed = oneEvent(el, 'timeline-error');
    el.events = [
      { id: 'ok', title: 'Fine', date: '2024-11-18' },
      { id: 'x', title: 'Impossible', date: '2024-02-30' },
      { id: 'ok', title: 'Twin', date: '2024-11-19' },
      { id: 'r', title: 'Backwards', start: '2024-11-18', end: '2024-11-01' },
    ] as never;
    const { detail } = (await failed) as TimelineErrorEvent;
    expect(detail.problems.map((p) => [p.index, p.field])).to.deep.equal([
      [1, 'date'],
      [2, 'id'],
      [3, 'end'],
    ]);
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(['ok']);
    expect(part(el, 'error')!.querySelectorAll('li')).to.have.length(3);
  });

  it('renders every text as text, never as HTML', async () => {
    const attack = '<img src=x onerror="window.__xss=1"><b>bold</b>';
    const el = await mountWith([{ id: 'x', title: attack, date: '2024-11-18', description: attack, place: attack, quote: attack, sources: [{ name: attack }] }]);
    el.selected = 'x';
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 50));
    expect(el.shadowRoot!.querySelector('img, b')).to.equal(null);
    expect(part(el, 'label')!.textContent).to.equal(attack);
    expect((window as unknown as { __xss?: number }).__xss).to.equal(undefined);
  });

  it('reports an unknown time-zone attribute instead of guessing', async () => {
    const el = await fixture<EventTimeline>(html`<event-timeline time-zone="Mars/Olympus"></event-timeline>`);
    const failed = oneEvent(el, 'timeline-error');
    el.events = [{ id: 'a', title: 'A', date: '2024' }];
    expect((await failed).detail.message).to.match(/time zone/);
  });
});
