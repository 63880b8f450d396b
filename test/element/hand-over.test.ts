import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { eventById } from './helpers.js';
import { READ_IN_SLICES_ABOVE } from '../../src/core/parse.js';
import type { EventTimeline, TimelineErrorEvent } from '../../src/index.js';
import type { TimelineEventInput } from '../../src/core/types.js';

// A page's first Intl date formatter takes tens of milliseconds (ICU's data): a large document
// asks for its zone in a task of its own, so the page's task that hands the data over stays
// short. Each test names a zone no other test of this page checks: a zone's check is remembered.

/** Items at noon UTC, a day apart from 1 January 2024: more than are read in one task. */
function items(): TimelineEventInput[] {
  return Array.from({ length: READ_IN_SLICES_ABOVE + 500 }, (_, i) => ({ id: `i${i}`, title: `Item ${i}`, date: new Date(Date.UTC(2024, 0, 1 + i, 12)).toISOString().slice(0, 16) + 'Z' }));
}

/** Counts the Intl date formatters made, with or without `new`, until stopped. */
function countFormatters(): { made: () => number; stop: () => void } {
  const original = Intl.DateTimeFormat;
  let made = 0;
  Intl.DateTimeFormat = new Proxy(original, {
    construct(target, args: ConstructorParameters<typeof Intl.DateTimeFormat>) {
      made++;
      return new target(...args);
    },
    apply(target, _this, args: ConstructorParameters<typeof Intl.DateTimeFormat>) {
      made++;
      return target(...args);
    },
  });
  return { made: () => made, stop: () => (Intl.DateTimeFormat = original) };
}

/** What `read` gives in the first task after this one: after this task's microtasks, an element's update among them. */
function inNextTask<T>(read: () => T): Promise<T> {
  return new Promise((resolve) => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => resolve(read());
    port2.postMessage(0);
  });
}

describe('handing a large document over', () => {
  it('makes no date formatter in the page’s task that hands it over, and shows its times in the zone asked for', async function () {
    this.timeout(30000);
    const box = await fixture<HTMLElement>(html`<div style="width: 900px"></div>`);
    const formatters = countFormatters();
    let el: EventTimeline;
    try {
      // As a page does: the element made, put in and given its data in one task.
      el = document.createElement('event-timeline');
      el.setAttribute('locale', 'en');
      el.setAttribute('time-zone', 'America/Lima');
      const loaded = oneEvent(el, 'timeline-load');
      // Posted before the element's first slice is (in its update): it runs first.
      const inHandOver = inNextTask(formatters.made);
      box.append(el);
      el.events = items();
      expect(await inHandOver).to.equal(0);
      await loaded;
      // The zone was checked, later.
      expect(formatters.made()).to.be.above(0);
    } finally {
      formatters.stop();
    }
    await el.zoomTo('2024-01-01T00:00Z', '2024-01-03T00:00Z', { animate: false });
    await el.updateComplete;
    // Noon in UTC is 7 in the morning in Lima.
    expect(eventById(el, 'i0').getAttribute('aria-label')).to.contain('7:00 AM');
  });

  it('still reports an unknown zone in the attribute, once, naming the zone the times are shown in', async function () {
    this.timeout(30000);
    const el = await fixture<EventTimeline>(html`<event-timeline locale="en" time-zone="Mars/Phobos" style="width: 900px"></event-timeline>`);
    const errors: TimelineErrorEvent[] = [];
    el.addEventListener('timeline-error', (e) => errors.push(e as TimelineErrorEvent));
    const loaded = oneEvent(el, 'timeline-load');
    el.events = { timeZone: 'Asia/Kathmandu', events: items() };
    await loaded;
    await el.updateComplete;
    const problems = errors.flatMap((e) => e.detail.problems).filter((p) => p.field === 'timeZone');
    expect(problems.map((p) => p.message)).to.deep.equal(['Unknown time zone "Mars/Phobos" in the time-zone attribute; times are shown in Asia/Kathmandu.']);
  });
});
