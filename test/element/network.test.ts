import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { part, parts } from './helpers.js';
import type { EventTimeline, TimelineErrorEvent } from '../../src/index.js';

let tagCount = 0;
/** A unique tag per request, so the server's log of it belongs to this test alone. */
const newTag = () => `net-${Date.now()}-${tagCount++}`;
const json = (data: unknown, opts: { delay?: number; tag?: string } = {}) =>
  `/test-api/json?body=${encodeURIComponent(JSON.stringify(data))}&delay=${opts.delay ?? 0}${opts.tag ? `&tag=${opts.tag}` : ''}`;
const ids = (el: EventTimeline) => parts(el, 'event').map((e) => e.dataset['id']);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface ServerLog {
  started: number;
  aborted: number;
  answered: number;
}
async function serverLog(tag: string): Promise<ServerLog> {
  return (await (await fetch(`/test-api/log?tag=${tag}`)).json()) as ServerLog;
}

/** Every timeline-* event the element fires, in order. */
function record(el: EventTimeline): string[] {
  const seen: string[] = [];
  for (const type of ['timeline-load', 'timeline-error', 'timeline-select']) el.addEventListener(type, () => seen.push(type));
  return seen;
}

async function failWith(src: string): Promise<{ el: EventTimeline; message: string }> {
  const el = await fixture<EventTimeline>(html`<event-timeline locale="en"></event-timeline>`);
  const failed = oneEvent(el, 'timeline-error');
  el.src = src;
  const { detail } = (await failed) as TimelineErrorEvent;
  await el.updateComplete;
  return { el, message: detail.message };
}

describe('<event-timeline> src over a real network', () => {
  it('reports a 404 and a 500 with the status, in the error part, and shows no events', async () => {
    for (const code of [404, 500]) {
      const { el, message } = await failWith(`/test-api/status/${code}`);
      expect(message).to.match(new RegExp(`server answered ${code}`));
      expect(part(el, 'error')!.textContent).to.contain(`The events could not be loaded. The server answered ${code}`);
      expect(parts(el, 'event')).to.have.length(0);
      expect(part(el, 'loading')).to.equal(undefined);
    }
  });

  it('takes a src of only white space as none, as an empty one: no request for the page itself, and the inline data shows', async () => {
    const el = await fixture<EventTimeline>(
      html`<event-timeline locale="en" src="  "><script type="application/json">[{ "id": "a", "title": "Inline", "date": "2024-05-01" }]</script></event-timeline>`,
    );
    const seen = record(el);
    await waitUntil(() => parts(el, 'event').length === 1, 'the inline data drawn');
    await sleep(100);
    expect(ids(el)).to.deep.equal(['a']);
    expect(seen).to.not.include('timeline-error');
    expect(part(el, 'error')).to.equal(undefined);
  });

  it('reports an HTML page instead of JSON as not valid JSON', async () => {
    const { el, message } = await failWith('/test-api/html');
    expect(message).to.match(/not valid JSON/);
    expect(part(el, 'error')!.getAttribute('role')).to.equal('alert');
  });

  it('reports an empty body as empty data', async () => {
    const { el, message } = await failWith('/test-api/empty');
    expect(message).to.match(/The data is empty/);
    expect(part(el, 'error')!.textContent).to.contain('The data is empty.');
  });

  it('reads a body that starts with a byte-order mark', async () => {
    const el = await fixture<EventTimeline>(html`<event-timeline locale="en"></event-timeline>`);
    const loaded = oneEvent(el, 'timeline-load');
    el.src = '/test-api/bom';
    await loaded;
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(['a']);
    expect(part(el, 'label')!.textContent).to.equal('With BOM');
  });

  it('shows the loading part, announced as a status, for as long as a slow answer takes', async () => {
    const el = await fixture<EventTimeline>(html`<event-timeline locale="en" src=${json([{ id: 'slow', title: 'Slow', date: '2024' }], { delay: 1500 })}></event-timeline>`);
    const loaded = oneEvent(el, 'timeline-load');
    await sleep(1000);
    const loading = part(el, 'loading')!;
    expect(loading.textContent).to.equal('Loading events…');
    expect(loading.getAttribute('role')).to.equal('status');
    expect(parts(el, 'event')).to.have.length(0);
    await loaded;
    await el.updateComplete;
    expect(part(el, 'loading')).to.equal(undefined);
    expect(ids(el)).to.deep.equal(['slow']);
  });

  it('keeps the events added while src loads for its document: still loading meanwhile, then shown after its own', async () => {
    const el = await fixture<EventTimeline>(html`<event-timeline locale="en" src=${json([{ id: 'slow', title: 'Slow', date: '2024-01' }], { delay: 800 })}></event-timeline>`);
    const loaded = oneEvent(el, 'timeline-load');
    el.addEvents({ id: 'pushed', title: 'Pushed', date: '2024-02' });
    await el.updateComplete;
    expect(part(el, 'loading')!.textContent).to.equal('Loading events…');
    expect(parts(el, 'event')).to.have.length(0);
    await loaded;
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(['slow', 'pushed']);
  });

  it('aborts the old request when src changes while loading; the old one reports nothing', async () => {
    const oldTag = newTag();
    const el = await fixture<EventTimeline>(html`<event-timeline locale="en" src=${json([{ id: 'old', title: 'Old', date: '2024' }], { delay: 3000, tag: oldTag })}></event-timeline>`);
    const seen = record(el);
    await waitUntil(async () => (await serverLog(oldTag)).started === 1, 'the first request never reached the server');
    el.src = json([{ id: 'new', title: 'New', date: '2024' }], { delay: 50 });
    await oneEvent(el, 'timeline-load');
    await waitUntil(async () => (await serverLog(oldTag)).aborted === 1, 'the server did not see the old request aborted', { timeout: 5000 });
    await sleep(100);
    await el.updateComplete;
    expect(await serverLog(oldTag)).to.deep.equal({ started: 1, aborted: 1, answered: 0 });
    expect(seen).to.deep.equal(['timeline-load']);
    expect(ids(el)).to.deep.equal(['new']);
  });

  it('aborts the request when src is removed while loading, and shows neither loading nor an error', async () => {
    const tag = newTag();
    const el = await fixture<EventTimeline>(html`<event-timeline locale="en" src=${json([{ id: 'x', title: 'X', date: '2024' }], { delay: 3000, tag })}></event-timeline>`);
    const seen = record(el);
    await waitUntil(async () => (await serverLog(tag)).started === 1);
    el.removeAttribute('src');
    await el.updateComplete;
    expect(part(el, 'loading')).to.equal(undefined);
    await waitUntil(async () => (await serverLog(tag)).aborted === 1, 'the server did not see the request aborted', { timeout: 5000 });
    await sleep(100);
    expect(seen).to.deep.equal([]);
    expect(part(el, 'error')).to.equal(undefined);
    expect(parts(el, 'event')).to.have.length(0);
  });

  it('aborts the request of an element removed mid-load: no update, no event after disconnect', async () => {
    const tag = newTag();
    const el = await fixture<EventTimeline>(html`<event-timeline locale="en" src=${json([{ id: 'x', title: 'X', date: '2024' }], { delay: 1000, tag })}></event-timeline>`);
    const seen = record(el);
    await waitUntil(async () => (await serverLog(tag)).started === 1);
    await el.updateComplete;
    const parent = el.parentNode!;
    el.remove();
    let updatesAfterDisconnect = 0;
    // An update after disconnect would go through `update`; count any that happen.
    const original = (el as unknown as { update: (c: unknown) => void }).update;
    (el as unknown as { update: (c: unknown) => void }).update = function (this: EventTimeline, changed: unknown) {
      updatesAfterDisconnect++;
      original.call(this, changed);
    };
    await waitUntil(async () => (await serverLog(tag)).aborted === 1, 'the server did not see the request aborted', { timeout: 5000 });
    await sleep(1300);
    expect(await serverLog(tag)).to.deep.equal({ started: 1, aborted: 1, answered: 0 });
    expect(updatesAfterDisconnect).to.equal(0);
    expect(seen).to.deep.equal([]);
    expect(el.shadowRoot!.querySelector('[part~="event"]')).to.equal(null);
    // Put back, it loads again.
    const loaded = oneEvent(el, 'timeline-load');
    parent.appendChild(el);
    await loaded;
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(['x']);
  });

  it('starts no request that outlives an element removed before its first update', async () => {
    const tag = newTag();
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('event-timeline');
    const seen = record(el);
    el.src = json([{ id: 'x', title: 'X', date: '2024' }], { delay: 300, tag });
    host.append(el);
    el.remove(); // the first update is still pending; it runs while disconnected
    await el.updateComplete;
    await sleep(800);
    const log = await serverLog(tag);
    expect(log.answered).to.equal(0);
    expect(log.aborted).to.equal(log.started);
    expect(seen).to.deep.equal([]);
  });
});
