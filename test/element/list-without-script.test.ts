import { expect, waitUntil } from '@open-wc/testing';

/**
 * examples/list/index.html holds its timeline as a list, styled by the example's fallback.css,
 * and loads dist/event-timeline.js. This file does not import the element: it opens the page
 * in a frame, once with scripts blocked (a reader without JavaScript, a crawler) and once as is.
 */
async function open(sandbox?: string): Promise<Document> {
  const frame = document.createElement('iframe');
  if (sandbox !== undefined) frame.setAttribute('sandbox', sandbox);
  frame.style.cssText = 'width: 1000px; height: 800px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = '/examples/list/index.html';
  document.body.append(frame);
  await loaded;
  return frame.contentDocument!;
}

describe('a timeline written as a list reads without JavaScript', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('shows the list as a plain dated list when the script is blocked', async () => {
    const doc = await open('allow-same-origin');
    const timeline = doc.querySelector('event-timeline')!;
    expect(doc.defaultView!.customElements.get('event-timeline')).to.equal(undefined);
    const list = timeline.querySelector('ol')!;
    expect(list.checkVisibility()).to.equal(true);
    const text = timeline.innerText;
    for (const words of ['Apollo 11', 'July 16, 1969, 13:32 UTC', 'Launch', 'Eagle lands', 'The Eagle has landed.', 'July 24 – August 10, 1969', 'Quarantine']) expect(text).to.contain(words);
    // The style sheet's plain list: no numbers, each item a block of its own.
    expect(getComputedStyle(list).listStyleType).to.equal('none');
    const [first, second] = [...list.children].map((li) => li.getBoundingClientRect());
    expect(second!.top).to.be.at.least(first!.bottom);
    expect(list.querySelector('a')!.getAttribute('href')).to.equal('https://www.nasa.gov/mission/apollo-11/');
  });

  it('draws the chart from the same list once the script runs, and hides the list', async () => {
    const doc = await open();
    const timeline = doc.querySelector('event-timeline')!;
    await waitUntil(() => (timeline.shadowRoot?.querySelectorAll('[part~="event"]').length ?? 0) === 4, 'the four items are drawn', { timeout: 10000 });
    expect(timeline.querySelector('ol')!.checkVisibility()).to.equal(false);
    expect(timeline.querySelector('h1')!.checkVisibility()).to.equal(false);
    expect(timeline.shadowRoot!.querySelector('[part~="title"]')!.textContent!.trim()).to.equal('Apollo 11');
    // The bundle loaded the list's reader beside it, and not the readers of other formats.
    const fetched = doc.defaultView!.performance.getEntriesByType('resource').map((e) => e.name);
    expect(fetched.some((name) => name.endsWith('/dist/event-timeline-list-walk.js'))).to.equal(true);
    expect(fetched.some((name) => name.includes('event-timeline-readers'))).to.equal(false);
  });
});
