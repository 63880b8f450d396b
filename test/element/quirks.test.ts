import { expect, waitUntil } from '@open-wc/testing';
import type { EventTimeline, TimelineDocument } from '../../src/index.js';
import { readingProblems } from './readable-checks.js';

/**
 * Pages without a doctype render in quirks mode, where a percentage height of a box whose parent
 * has none is taken of the window: the element was cut to the frame's height and its lower
 * lanes drawn outside it. The built bundle, as such a page uses it.
 */
describe('<event-timeline> in a page without a doctype (quirks mode)', () => {
  let frame: HTMLIFrameElement;
  let doc: Document;
  const timeline = (id: string) => doc.getElementById(id) as EventTimeline;
  const drawn = (el: EventTimeline) => (el.shadowRoot?.querySelectorAll('[part~="event"]').length ?? 0) > 0;

  before(async () => {
    frame = document.createElement('iframe');
    // Lower than the story at 360 px: an element cut to the frame would show it.
    Object.assign(frame.style, { width: '1000px', height: '300px', border: '0' });
    frame.src = '/test/pages/quirks.html';
    document.body.append(frame);
    await waitUntil(() => frame.contentDocument?.getElementById('fixed') && ['grown', 'phone', 'fixed'].every((id) => drawn(frame.contentDocument!.getElementById(id) as EventTimeline)), 'the three timelines are drawn', { timeout: 15000 });
    doc = frame.contentDocument!;
    expect(doc.compatMode).to.equal('BackCompat');
    await Promise.all(['grown', 'phone', 'fixed'].map((id) => timeline(id).updateComplete));
  });

  after(() => frame.remove());

  it('grows to hold every whole title, wide and narrow, as in a page with a doctype', async () => {
    const story = (await (await fetch('/demo/data/north-korea-troops.de.json')).json()) as TimelineDocument;
    const titles = new Map(story.events.map((e) => [e.id, e.title]));
    for (const id of ['grown', 'phone']) {
      const el = timeline(id);
      expect(readingProblems(el, titles), id).to.deep.equal([]);
      expect(el.getBoundingClientRect().height, `${id} is taller than the frame`).to.be.greaterThan(300);
    }
  });

  it('keeps the height the page gives it, the plot scrolling under the axis', () => {
    const el = timeline('fixed');
    const chart = el.shadowRoot!.querySelector<HTMLElement>('.chart')!;
    expect(el.getBoundingClientRect().height).to.equal(220);
    expect(chart.scrollHeight).to.be.greaterThan(chart.clientHeight);
    const axis = el.shadowRoot!.querySelector('[part~="axis"]')!.getBoundingClientRect();
    expect(axis.bottom).to.be.at.most(el.getBoundingClientRect().bottom);
  });
});
