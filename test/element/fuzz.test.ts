import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import fc from 'fast-check';
import { part, parts, uncaughtInPage } from './helpers.js';
import { eventSpec, hostileDocumentJson } from '../core/fuzz-arbitraries.js';
import type { EventTimeline } from '../../src/index.js';

/** A few hundred random documents through one element: the host page never sees an error. */
describe('<event-timeline> fed random documents', () => {
  const uncaught = uncaughtInPage();

  it('throws nothing into the page for 300 documents, then renders a good one', async function () {
    this.timeout(180000);
    const el = await fixture<EventTimeline>(html`<event-timeline locale="en" time-zone="Europe/Berlin" style="width: 700px"></event-timeline>`);
    const anyDocument = fc.oneof(
      hostileDocumentJson.map((text) => {
        try {
          return JSON.parse(text) as unknown;
        } catch {
          return text;
        }
      }),
      fc.array(eventSpec, { maxLength: 12 }).map((specs) => specs.map((s) => s.raw)),
    );
    await fc.assert(
      fc.asyncProperty(anyDocument, fc.boolean(), async (data, select) => {
        el.events = data as never;
        await el.updateComplete;
        const first = parts(el, 'event')[0];
        if (select && first) {
          first.click();
          await el.updateComplete;
        }
        // Each document ends in exactly one of: events drawn, the empty message, or an error;
        // null is no document (as undefined: the element has no events to show, and no error).
        if (data === null) expect([parts(el, 'event').length, part(el, 'error')]).to.deep.equal([0, undefined]);
        else expect(parts(el, 'event').length > 0 || part(el, 'empty') !== undefined || part(el, 'error') !== undefined).to.equal(true);
      }),
      { numRuns: 300 },
    );
    await new Promise((r) => setTimeout(r, 50));
    expect(uncaught).to.deep.equal([]);

    const loaded = oneEvent(el, 'timeline-load');
    el.selected = null;
    el.events = [
      { id: 'good-1', title: 'Good one', date: '2024-11-18' },
      { id: 'good-2', title: 'Good two', date: '2024-11-20' },
    ];
    expect((await loaded).detail).to.deep.equal({ count: 2, format: 'event-timeline' });
    await el.updateComplete;
    expect(parts(el, 'event').map((e) => e.getAttribute('aria-label'))).to.deep.equal(['November 18, 2024: Good one', 'November 20, 2024: Good two']);
    expect(part(el, 'error')).to.equal(undefined);
    expect(({} as Record<string, unknown>)['polluted']).to.equal(undefined);
  });
});
