import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/index.js';
import type { EventTimeline, TimelineDocument } from '../../src/index.js';
import { longTitles, minutesApart, monthsAndWeeks } from '../../stories/support/readable.js';
import { readingProblems } from './readable-checks.js';

/**
 * Text settings a page puts on an ancestor are inherited into the element's shadow tree. Labels
 * are measured with the font alone, so each of these once widened titles past their measured
 * boxes (letter and word spacing, capitals, an indent) or kept them on one line (`pre`).
 */
const PAGE_STYLES = [
  'letter-spacing: 2px',
  'word-spacing: 6px',
  'text-transform: uppercase',
  'text-indent: 40px',
  'white-space: pre',
  'white-space: nowrap',
  'text-wrap: balance',
  'line-height: 2.5',
  'font: italic 700 19px/1.1 Georgia, serif',
];

describe('<event-timeline> inside a page that styles its text', () => {
  for (const width of [1280, 390]) {
    for (const style of PAGE_STYLES) {
      it(`at ${width} px, under "${style}": every title whole, inside the element, over nothing`, async () => {
        await setViewport({ width, height: 800 });
        document.body.style.margin = '0';
        for (const doc of [longTitles, minutesApart, monthsAndWeeks] as TimelineDocument[]) {
          const wrapper = await fixture(html`<div style=${style} lang="en"><event-timeline style=${`width: ${width}px`} locale="en" time-zone="Europe/Berlin"></event-timeline></div>`);
          const el = wrapper.querySelector<EventTimeline>('event-timeline')!;
          const loaded = oneEvent(el, 'timeline-load');
          el.events = doc;
          await loaded;
          await el.updateComplete;
          expect(readingProblems(el, new Map(doc.events.map((e) => [e.id, e.title]))), doc.title).to.deep.equal([]);
        }
      });
    }
  }
});
