import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/index.js';
import type { EventTimeline, TimelineDocument } from '../../src/index.js';
import { longTitles, minutesApart, monthsAndWeeks } from '../../stories/support/readable.js';
import { readingProblems } from './readable-checks.js';

/**
 * Text settings a page puts on an ancestor are inherited into the element's shadow tree. Labels
 * are measured with the font alone, so each of these once widened titles past their measured
 * boxes (letter and word spacing, capitals, an indent) or kept them on one line (`pre`); a
 * vertical writing mode turned every title on its side.
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
  // A page written top to bottom (Japanese, Mongolian): the element lays out its own directions.
  'writing-mode: vertical-rl',
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

describe('<event-timeline> in a page that would shrink it to its content', () => {
  // Without a width of its own, an item of a flex row (or a float) is as wide as its content; the
  // element's content is laid out for its width, so it was as narrow as a title's longest word.
  for (const [what, wrapperStyle, elementStyle] of [
    ['a flex row beside a sidebar', 'display: flex', ''],
    ['a float', '', 'float: left'],
    ['its own "display: inline-block"', '', 'display: inline-block'],
  ]) {
    it(`fills the space it is given in ${what}, every title whole`, async () => {
      await setViewport({ width: 1280, height: 800 });
      document.body.style.margin = '0';
      const doc = longTitles as TimelineDocument;
      const wrapper = await fixture(html`<div style=${`width: 1000px; ${wrapperStyle}`} lang="en">
        ${wrapperStyle ? html`<nav style="flex: none; width: 200px">Sidebar</nav>` : ''}
        <event-timeline style=${elementStyle} locale="en" time-zone="Europe/Berlin"></event-timeline>
      </div>`);
      const el = wrapper.querySelector<EventTimeline>('event-timeline')!;
      const loaded = oneEvent(el, 'timeline-load');
      el.events = doc;
      await loaded;
      await el.updateComplete;
      expect(el.getBoundingClientRect().width).to.be.closeTo(wrapperStyle ? 800 : 1000, 0.5);
      expect(el.shadowRoot!.querySelector('.chart.horizontal'), 'wide enough for time to run across').to.exist;
      expect(readingProblems(el, new Map(doc.events.map((e) => [e.id, e.title])))).to.deep.equal([]);
    });
  }
});
