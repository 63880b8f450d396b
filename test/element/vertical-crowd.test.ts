import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/index.js';
import type { EventTimeline } from '../../src/index.js';
import type { TimelineEventInput } from '../../src/core/types.js';
import { parts, watchLongTasks } from './helpers.js';


const frames = (n: number) => new Promise<void>((resolve) => {
  const step = (left: number) => (left === 0 ? resolve() : requestAnimationFrame(() => step(left - 1)));
  step(n);
});

function manyEvents(n: number): TimelineEventInput[] {
  const base = Date.UTC(2020, 0, 1);
  return Array.from({ length: n }, (_, i) => ({ id: `e${i}`, title: `Event number ${i} of a long story, with a title of some length`, date: new Date(base + i * 5 * 3_600_000).toISOString().slice(0, 16) }));
}

/** Lays out 10,000 events in a container of `width`, zooms in twice and out once, narrows it; the longest task, and what was drawn. */
async function exercise(width: number): Promise<{ longest: number; el: EventTimeline }> {
  const el = await fixture<EventTimeline>(html`<event-timeline style=${`width: ${width}px`} locale="en" time-zone="UTC"></event-timeline>`);
  const watch = watchLongTasks();
  const loaded = oneEvent(el, 'timeline-load');
  el.events = manyEvents(10_000);
  await loaded;
  await frames(2);
  for (const button of ['zoom-in', 'zoom-in', 'zoom-out']) {
    el.shadowRoot!.querySelector<HTMLElement>(`[part~="${button}"]`)!.click();
    await el.updateComplete;
    await frames(2);
  }
  el.style.width = `${width - 30}px`;
  await frames(3);
  await el.updateComplete;
  // The browser reports a long task from 50 ms on: a run without any had its longest under 50 ms, not 0.
  return { longest: Math.max(50, ...watch.stop()), el };
}

describe('<event-timeline> vertical layout with 10,000 events in a 360 px container (#15)', () => {
  before(() => emulateMedia({ reducedMotion: 'reduce' }));

  it('draws at most a few hundred cards and counts the rest into chips', async function () {
    this.timeout(60_000);
    const el = await fixture<EventTimeline>(html`<event-timeline style="width: 360px" locale="en" time-zone="UTC"></event-timeline>`);
    const loaded = oneEvent(el, 'timeline-load');
    el.events = manyEvents(10_000);
    await loaded;
    const drawn = parts(el, 'event').length;
    const counted = parts(el, 'cluster').reduce((n, c) => n + Number(c.dataset['count']), 0);
    expect(drawn).to.be.within(1, 300);
    expect(drawn + counted).to.equal(10_000);
    expect(el.shadowRoot!.querySelectorAll('*').length).to.be.below(4000);
  });

  it('blocks the page no longer than the horizontal layout does at 1,200 px (first render, zoom steps, resizing)', async function () {
    this.timeout(120_000);
    // Both in one run on one machine: a loaded test machine slows both alike.
    const horizontal = await exercise(1200);
    const vertical = await exercise(360);
    expect(vertical.el.shadowRoot!.querySelector('.chart.vertical')).to.exist;
    expect(vertical.longest).to.be.at.most(horizontal.longest * 1.5 + 50);
  });
});
