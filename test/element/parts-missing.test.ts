import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { EventTimeline } from '../../src/event-timeline.js';
import type { TimelineData } from '../../src/core/types.js';
import { part, parts } from './helpers.js';

/**
 * Parts of the drawing come on demand (support/on-demand.ts). Here the server cannot give one
 * (it answers 500, test/server/test-api.mjs; this file's page has not loaded any of them before):
 * the page is told once, with one timeline-error, and the element still draws what it can.
 */
const file = (name: string) => encodeURIComponent(`/src/element/parts/${name}.ts`);
const fail = (name: string) => fetch(`/test-api/hold?path=${file(name)}&ms=0&status=500&times=100`);
const release = (name: string) => fetch(`/test-api/hold?path=${file(name)}&times=0`);

const story = {
  title: 'A story in two groups',
  groups: [
    { id: 'a', label: 'Alpha' },
    { id: 'b', label: 'Beta' },
  ],
  events: [
    { id: 'one', title: 'First event', date: '2024-01-10', group: 'a' },
    { id: 'two', title: 'Second event', date: '2024-03-05', group: 'b' },
    { id: 'three', title: 'Third event', start: '2024-05-01', end: '2024-06-15', group: 'a' },
  ],
};
/** The same story without groups (an item's group alone makes one). */
const ungrouped = { events: story.events.map(({ group: _group, ...event }) => event) };

/** The element with `data` (and the page's `filter`, set before it), and every timeline-error it says. */
async function mount(width: number, data: TimelineData = story, filter?: EventTimeline['filter']): Promise<{ el: EventTimeline; errors: string[] }> {
  const el = await fixture<EventTimeline>(html`<event-timeline locale="en" time-zone="UTC" style=${`width: ${width}px`}></event-timeline>`);
  const errors: string[] = [];
  el.addEventListener('timeline-error', (e) => errors.push(e.detail.message));
  if (filter) el.filter = filter;
  el.events = data;
  return { el, errors };
}

/** Some frames and tasks for a part's failed request to come back and the element to draw after it. */
async function settle(el: EventTimeline): Promise<void> {
  for (let i = 0; i < 5; i++) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    await el.updateComplete;
  }
}

describe('<event-timeline> when a part of its drawing cannot be loaded', () => {
  after(() => Promise.all(['filters', 'details', 'article', 'backdrop', 'dates'].map(release)));

  it('draws a story with groups without its legend, and says once that a part is missing', async () => {
    await fail('filters');
    const { el, errors } = await mount(900);
    await settle(el);
    expect(errors, errors.join(" | ")).to.have.length(1);
    expect(errors[0]).to.match(/^A part of the timeline could not be loaded/);
    expect(parts(el, 'event').map((e) => e.dataset['id']).sort()).to.deep.equal(['one', 'three', 'two']);
    expect(part(el, 'legend')).to.equal(undefined);
  });

  it('shows every item of a story the page filtered when the filter’s part cannot be loaded', async () => {
    // (This page failed to load the part in the test before: a module that failed stays failed.)
    const { el, errors } = await mount(900, story, { groups: ['a'] });
    await settle(el);
    expect(errors, errors.join(' | ')).to.have.length(1);
    expect(parts(el, 'event').map((e) => e.dataset['id']).sort()).to.deep.equal(['one', 'three', 'two']);
  });

  it('says once that the details panel is missing when an item is selected', async () => {
    await fail('details');
    const { el, errors } = await mount(900, ungrouped);
    await oneEvent(el, 'timeline-load');
    el.selected = 'two';
    await settle(el);
    expect(errors, errors.join(" | ")).to.have.length(1);
    expect(part(el, 'event')).to.not.equal(undefined);
    expect(el.shadowRoot!.querySelector('[part~="event"][aria-current="true"]')?.getAttribute('data-id')).to.equal('two');
  });

  it('draws the items without the eras when their part cannot be loaded, and says so once', async () => {
    await fail('backdrop');
    const { el, errors } = await mount(900, { ...ungrouped, eras: [{ title: 'Spring', start: '2024-03', end: '2024-05' }] });
    await settle(el);
    expect(errors, errors.join(' | ')).to.have.length(1);
    expect(parts(el, 'event')).to.have.length(3);
    expect(part(el, 'era')).to.equal(undefined);
  });

  it('writes a week without its words when they cannot be loaded, and says so once', async () => {
    await fail('dates');
    const { el, errors } = await mount(900, [{ id: 'w', title: 'A week', date: '2020-W53' }]);
    await settle(el);
    expect(errors, errors.join(' | ')).to.have.length(1);
    const event = part(el, 'event')!;
    expect(event.getAttribute('aria-label')).to.match(/A week$/);
    // Its date is written all the same, from the week's first day (ISO week 53 of 2020 begins on
    // Monday 28 December), without "Week 53": the word that did not come.
    expect(part(el, 'date')!.textContent).to.contain('December 28, 2020');
    expect(part(el, 'date')!.textContent).to.not.match(/Week/);
  });

  it('draws a narrow timeline across the page when the vertical layout cannot be loaded, and says so once', async () => {
    await fail('article');
    const { el, errors } = await mount(390, ungrouped);
    await settle(el);
    expect(errors, errors.join(" | ")).to.have.length(1);
    const events = parts(el, 'event');
    expect(events).to.have.length(3);
    // Time runs across: the axis is wider than it is tall.
    const axis = part(el, 'axis')!.getBoundingClientRect();
    expect(axis.width).to.be.greaterThan(axis.height);
  });
});
