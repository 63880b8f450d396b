/*
 * A file of its own: the readers of other formats come on demand, once a page, and what is
 * tested here is the first time they are asked for (the random-document fuzz test found it: a
 * TimelineJS-shaped first document left the element "Loading events…" after updateComplete).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { part, parts } from './helpers.js';
import type { EventTimeline } from '../../src/index.js';

/** What the element says about its state (loading, empty, an error), as a reader sees it. */
const statusText = (el: EventTimeline) => [...el.shadowRoot!.querySelectorAll('[role="status"], [role="alert"]')].map((e) => e.textContent!.trim()).join(' | ');

describe('<event-timeline> handed data of another format before its readers are here', () => {
  it('resolves updateComplete once the data is read and drawn, as for its own format', async () => {
    const el = await fixture<EventTimeline>(html`<event-timeline style="width: 900px" locale="en" time-zone="UTC"></event-timeline>`);
    el.events = {
      title: { text: { headline: 'A short story' } },
      events: [
        { start_date: { year: '2024', month: '3', day: '1' }, text: { headline: 'Spring begins' } },
        { start_date: { year: '2024', month: '6', day: '21' }, text: { headline: 'Summer begins' } },
      ],
    } as never;
    await el.updateComplete;
    expect(statusText(el)).to.not.contain('Loading');
    expect(parts(el, 'event').map((e) => e.getAttribute('aria-label'))).to.deep.equal(['March 1, 2024: Spring begins', 'June 21, 2024: Summer begins']);

    // A document of that shape that holds nothing to draw ends in a message, not in "Loading".
    el.events = { title: { date: ['x'] }, events: [] } as never;
    await el.updateComplete;
    expect(statusText(el)).to.not.contain('Loading');
    expect(part(el, 'empty') !== undefined || part(el, 'error') !== undefined, statusText(el)).to.equal(true);
  });
});
