import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { part, parts, watchLongTasks } from './helpers.js';
import { LIMITS } from '../../src/core/parse.js';
import type { EventTimeline, TimelineErrorEvent } from '../../src/index.js';
import type { TimelineEventInput } from '../../src/core/types.js';


/** About a second: the longest the page may stop answering input at a time. */
const MAX_BLOCK_MS = 1000;

function manyEvents(n: number): TimelineEventInput[] {
  const events: TimelineEventInput[] = [];
  const base = Date.UTC(2000, 0, 1);
  for (let i = 0; i < n; i++) {
    const iso = new Date(base + i * 7 * 3_600_000).toISOString();
    const date = i % 3 === 0 ? iso.slice(0, 10) : i % 3 === 1 ? iso.slice(0, 16) : iso.slice(0, 7);
    events.push({ id: `e${i}`, title: `Event ${i}`, date });
  }
  return events;
}

async function refusal(src: string): Promise<{ el: EventTimeline; message: string; longest: number }> {
  const el = await fixture<EventTimeline>(html`<event-timeline locale="en" style="width: 900px"></event-timeline>`);
  const tasks = watchLongTasks();
  const failed = oneEvent(el, 'timeline-error');
  el.src = src;
  const { detail } = (await failed) as TimelineErrorEvent;
  await el.updateComplete;
  await new Promise((r) => setTimeout(r, 100));
  return { el, message: detail.message, longest: Math.max(0, ...tasks.stop()) };
}

describe('<event-timeline> at scale', () => {
  // What makes this hold: the document is read in slices between tasks, zone offsets are
  // remembered per day, names are formatted only for drawn events, lanes stop at 40 with the
  // rest counted into "+N" chips, and only what can be seen is placed and put in the DOM.
  it('loads 100,000 events without blocking the page for more than about a second at a time', async function () {
    this.timeout(120000);
    const el = await fixture<EventTimeline>(html`<event-timeline locale="en" time-zone="Europe/Berlin" style="width: 900px"></event-timeline>`);
    const tasks = watchLongTasks();
    const loaded = oneEvent(el, 'timeline-load');
    el.events = manyEvents(100_000);
    const { detail } = await loaded;
    await el.updateComplete;
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 100)));
    const longest = Math.max(0, ...tasks.stop());
    expect(detail.count).to.equal(100_000);
    expect(longest, `longest task ${Math.round(longest)} ms`).to.be.below(MAX_BLOCK_MS);
    // What is visible is drawn, and only that (or clustered) is in the DOM.
    expect(parts(el, 'event').length).to.be.within(1, 5_000);
    expect(parts(el, 'axis')).to.have.length(1);
  });

  it('says "Loading" until the first picture of 10,000 events is drawn, and fires timeline-load once, when it is', async function () {
    this.timeout(60000);
    const el = await fixture<EventTimeline>(html`<event-timeline locale="en" time-zone="Europe/Berlin" style="width: 900px"></event-timeline>`);
    // What the element shows after each of its updates: the status, the items, or neither.
    const shown: string[] = [];
    const observer = new MutationObserver(() => {
      const now = part(el, 'loading')?.textContent?.trim() ? 'loading' : parts(el, 'event').length > 0 ? 'items' : 'nothing';
      if (shown[shown.length - 1] !== now) shown.push(now);
    });
    observer.observe(el.shadowRoot!, { childList: true, subtree: true, characterData: true });
    // When timeline-load fires: how many items are drawn, and the window start/end describe.
    const loads: number[] = [];
    const windows: string[] = [];
    el.addEventListener('timeline-load', () => {
      loads.push(parts(el, 'event').length);
      windows.push(`${el.getAttribute('start')} – ${el.getAttribute('end')}`);
    });
    el.events = manyEvents(10_000);
    await oneEvent(el, 'timeline-load');
    await el.updateComplete;
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 100)));
    observer.disconnect();
    expect(shown).to.deep.equal(['loading', 'items']);
    expect(loads).to.have.length(1);
    expect(loads[0], 'items drawn when timeline-load fired').to.be.above(0);
    expect(part(el, 'loading')).to.equal(undefined);
    // start/end describe the window drawn by the time timeline-load says it is drawn.
    expect(windows).to.deep.equal([`${el.getAttribute('start')} – ${el.getAttribute('end')}`]);
    expect(el.getAttribute('start')).to.match(/^\d{4}-\d\d-\d\d/);
  });

  it(`refuses more than ${LIMITS.maxEvents.toLocaleString('en')} events readably, without reading them`, async () => {
    const el = await fixture<EventTimeline>(html`<event-timeline locale="en"></event-timeline>`);
    const events = Array.from({ length: LIMITS.maxEvents + 1 }, (_, i) => ({ id: `e${i}`, title: 'E', date: '2024' }));
    const tasks = watchLongTasks();
    const failed = oneEvent(el, 'timeline-error');
    el.events = events;
    const { detail } = (await failed) as TimelineErrorEvent;
    await el.updateComplete;
    expect(detail.message).to.equal('The events could not be loaded. The data has 200001 events; at most 200000 are shown.');
    expect(part(el, 'error')!.textContent).to.contain('The data has 200001 events; at most 200000 are shown.');
    expect(parts(el, 'event')).to.have.length(0);
    expect(Math.max(0, ...tasks.stop())).to.be.below(MAX_BLOCK_MS);
  });

  it('refuses a src body over 32 MiB from its Content-Length, readably and without freezing', async function () {
    this.timeout(60000);
    const { el, message, longest } = await refusal('/test-api/big?mib=33');
    expect(message).to.equal('The events could not be loaded. The data is larger than 32 MiB.');
    expect(part(el, 'error')!.textContent).to.contain(message);
    expect(longest).to.be.below(MAX_BLOCK_MS);
  });

  it('refuses a streamed src body (no Content-Length) once it passes 32 MiB', async function () {
    this.timeout(60000);
    const { message, longest } = await refusal('/test-api/big?mib=40&chunked=1');
    expect(message).to.equal('The events could not be loaded. The data is larger than 32 MiB.');
    expect(longest).to.be.below(MAX_BLOCK_MS);
  });

  it('still reads a src body just under the limit', async function () {
    this.timeout(60000);
    const el = await fixture<EventTimeline>(html`<event-timeline locale="en"></event-timeline>`);
    const failed = oneEvent(el, 'timeline-error');
    el.src = '/test-api/big?mib=2&chunked=1';
    // A list of strings is JSON but not events: the refusal names the events, not the size.
    const { detail } = (await failed) as TimelineErrorEvent;
    expect(detail.problems.length).to.equal(2048);
    expect(detail.problems[0]).to.deep.include({ index: 0, field: 'event' });
  });
});
