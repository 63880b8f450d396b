import { expect, fixture, oneEvent } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { TimelineDocument } from '../../src/core/types.js';
import type { EventTimeline } from '../../src/index.js';
import { contrast, luminance, rgb } from './contrast.js';
import { eventById, html, part, parts } from './helpers.js';

const story: TimelineDocument = {
  title: 'The printing press',
  lang: 'en',
  timeZone: 'Europe/Berlin',
  groups: [
    { id: 'press', label: 'Press' },
    { id: 'church', label: 'Church' },
  ],
  eras: [{ title: 'Incunabula', start: '1450', end: '1500' }],
  references: [{ title: 'Fall of Constantinople', date: '1453-05-29' }],
  events: [
    {
      id: 'bible',
      title: 'The Gutenberg Bible is finished',
      date: '1455',
      group: 'press',
      place: 'Mainz',
      description: 'About 180 copies, most on paper, some on vellum.',
      quote: 'All that has been written to me about that marvellous man was true.',
      sources: [
        { name: 'Letter of Enea Silvio Piccolomini', url: 'https://example.org/letters/piccolomini-1455-03-12', date: '1455-03-12' },
        { name: 'A catalogue without a web address' },
      ],
    },
    {
      id: 'indulgence',
      title: 'Indulgences printed for the war against the Turks',
      date: '1454-10-22',
      group: 'church',
      place: 'Mainz',
      description: 'Among the first dated prints.',
      sources: [{ name: 'Library record', url: 'https://example.org/records?id=averylongaddresswithoutanybreakinitthatwouldpushthepagewiderthanpaperallows0123456789abcdefghijklmnopqrstuvwxyz' }],
    },
    { id: 'psalter', title: 'Mainz Psalter', date: '1457-08-14', group: 'press', sources: [{ name: 'Colophon', url: 'https://example.org/psalter' }] },
    { id: 'venice', title: 'Printing reaches Venice', start: '1469-09', end: '1469-12', group: 'press', place: 'Venice' },
  ],
};

const DARK = {
  '--timeline-background': '#0d1117',
  '--timeline-text-color': '#e6edf3',
  '--timeline-muted-color': '#9da7b3',
  '--timeline-panel-background': '#161b22',
  '--timeline-link-color': '#79c0ff',
};

async function mount(width = 900, attrs: { theme?: 'dark'; dark?: boolean } = {}): Promise<EventTimeline> {
  const wrapper = await fixture<HTMLDivElement>(html`<div><event-timeline locale="en" time-zone="Europe/Berlin" searchable hash-key="tl"></event-timeline></div>`);
  if (attrs.dark) for (const [k, v] of Object.entries(DARK)) wrapper.style.setProperty(k, v);
  const el = wrapper.querySelector('event-timeline')!;
  el.style.width = `${width}px`;
  if (attrs.theme) el.theme = attrs.theme;
  const loaded = oneEvent(el, 'timeline-load');
  el.events = story;
  await loaded;
  await el.updateComplete;
  return el;
}

/** Print media takes effect at the next frame (the media query's change event), then the element updates. */
async function printMedia(el: EventTimeline): Promise<void> {
  await emulateMedia({ media: 'print' });
  for (let i = 0; i < 20 && !part(el, 'print-list'); i++) await new Promise((r) => requestAnimationFrame(r));
  await el.updateComplete;
}

function shown(node: Element | undefined): boolean {
  return node !== undefined && node.checkVisibility();
}

/** How far right a box is seen: boxes are cut at the edge of any ancestor that clips them. */
function seenRight(node: Element): number {
  let right = node.getBoundingClientRect().right;
  for (let a = node.parentElement; a; a = a.parentElement) {
    if (getComputedStyle(a).overflowX !== 'visible') right = Math.min(right, a.getBoundingClientRect().right);
  }
  return right;
}

/** Every box of the shadow tree seen past the element's right edge. */
function beyondRightEdge(el: EventTimeline): string[] {
  const edge = el.getBoundingClientRect().right + 0.5;
  return [...el.shadowRoot!.querySelectorAll('*')]
    .filter((n) => n.checkVisibility() && n.getBoundingClientRect().width > 0 && seenRight(n) > edge)
    .map((n) => `${n.tagName.toLowerCase()}.${n.getAttribute('class') ?? ''}[${n.getAttribute('part') ?? ''}]`);
}

describe('<event-timeline> printing', () => {
  afterEach(() => emulateMedia({ media: 'screen' }));

  it('draws no print list on screen', async () => {
    const el = await mount();
    expect(part(el, 'print-list')).to.equal(undefined);
    expect(shown(part(el, 'controls'))).to.equal(true);
  });

  it('prints every item, also those outside the window, with date, title, place, description, quote and sources with their addresses written out', async () => {
    const el = await mount();
    await el.zoomTo('1455-01', '1455-12', { animate: false });
    el.selected = 'bible';
    await el.updateComplete;
    const detailsDate = part(el, 'details-date')!.textContent!.trim();
    await printMedia(el);
    const items = parts(el, 'print-item');
    expect(items.map((li) => li.dataset['id'])).to.deep.equal(['indulgence', 'bible', 'psalter', 'venice']);
    const bible = items.find((li) => li.dataset['id'] === 'bible')!;
    const text = bible.innerText;
    // The same date as the details panel writes.
    expect(text).to.contain(detailsDate);
    for (const words of [
      'The Gutenberg Bible is finished',
      'Mainz',
      'About 180 copies, most on paper, some on vellum.',
      'All that has been written to me about that marvellous man was true.',
      'Letter of Enea Silvio Piccolomini',
      'https://example.org/letters/piccolomini-1455-03-12',
      'A catalogue without a web address',
    ]) {
      expect(text, words).to.contain(words);
    }
    expect(bible.querySelector('a')!.getAttribute('href')).to.equal('https://example.org/letters/piccolomini-1455-03-12');
    const venice = items.find((li) => li.dataset['id'] === 'venice')!.innerText;
    expect(venice).to.contain('Printing reaches Venice').and.to.contain('Venice');
    expect(part(el, 'print-list')!.getAttribute('aria-label')).to.equal('The printing press');
  });

  it('prints without controls: no zoom buttons, legend, search, details panel or copy link', async () => {
    const el = await mount();
    el.selected = 'bible';
    await el.updateComplete;
    for (const name of ['controls', 'legend', 'search', 'details', 'copy-link']) expect(shown(part(el, name)), `${name} on screen`).to.equal(true);
    await printMedia(el);
    for (const name of ['controls', 'zoom-in', 'legend', 'search', 'details', 'copy-link', 'close']) expect(shown(part(el, name)), name).to.equal(false);
    // The chart itself prints.
    expect(shown(eventById(el, 'bible'))).to.equal(true);
  });

  it('takes the print layout under print media at once, before its script hears of it', async () => {
    const el = await mount(900, { theme: 'dark' });
    await emulateMedia({ media: 'print' });
    expect(shown(part(el, 'controls'))).to.equal(false);
    expect(luminance(rgb(getComputedStyle(el).backgroundColor))).to.be.greaterThan(0.9);
    // The items' colours of the light palette too, not the dark one's pale ones, on white paper.
    expect(getComputedStyle(el).colorScheme).to.equal('light');
    const marker = eventById(el, 'bible').querySelector('[part~="marker"]')!;
    expect(contrast(getComputedStyle(marker).color, getComputedStyle(el).backgroundColor), 'a marker on paper').to.be.at.least(3);
  });

  it('prints a dark theme light, whether set by the theme attribute or by the tokens', async () => {
    for (const attrs of [{ theme: 'dark' as const }, { dark: true }]) {
      const el = await mount(900, attrs);
      expect(luminance(rgb(getComputedStyle(el).backgroundColor)), 'dark on screen').to.be.lessThan(0.1);
      await printMedia(el);
      const background = getComputedStyle(el).backgroundColor;
      expect(luminance(rgb(background)), 'light on paper').to.be.greaterThan(0.9);
      const title = parts(el, 'print-item')[0]!.querySelector('strong')!;
      expect(contrast(getComputedStyle(title).color, background)).to.be.at.least(7);
      expect(contrast(getComputedStyle(part(el, 'print-list')!.querySelector('a')!).color, background)).to.be.at.least(4.5);
      await emulateMedia({ media: 'screen' });
      el.parentElement!.remove();
    }
  });

  it('cuts nothing at the right edge: long addresses wrap', async () => {
    const el = await mount(700);
    await printMedia(el);
    expect(beyondRightEdge(el)).to.deep.equal([]);
  });

  it('keeps a horizontal chart whole on a page, and lets a phone’s rail, longer than a page, begin on the first', async () => {
    // Paged media cannot be laid out here: what the page break follows is the chart's break-inside.
    const wide = await mount(900);
    const phone = await mount(360);
    await printMedia(wide);
    await printMedia(phone);
    const breakInside = (el: EventTimeline) => getComputedStyle(el.shadowRoot!.querySelector('.chart')!).breakInside;
    expect(wide.shadowRoot!.querySelector('.chart')!.classList.contains('horizontal')).to.equal(true);
    expect(phone.shadowRoot!.querySelector('.chart')!.classList.contains('vertical')).to.equal(true);
    // (The vertical chart was moved whole to the second page, leaving the first with the title alone.)
    expect([breakInside(wide), breakInside(phone)]).to.deep.equal(['avoid', 'auto']);
  });

  it('prints the whole chart and list of an element the page gave a small height on screen', async () => {
    const el = await mount(900);
    el.style.height = '120px';
    await printMedia(el);
    const chart = el.shadowRoot!.querySelector<HTMLElement>('.chart')!;
    // On screen the plot would scroll inside 120 px; on paper nothing is left to scroll to.
    expect(chart.scrollHeight).to.be.at.most(chart.clientHeight + 1);
    expect(chart.clientHeight).to.be.greaterThan(120);
    // The element holds all of it (what follows on the page comes after, not over it).
    expect(el.getBoundingClientRect().bottom).to.be.at.least(part(el, 'print-list')!.getBoundingClientRect().bottom);
    expect(parts(el, 'print-item')).to.have.length(story.events.length);
  });

  it('scales the chart laid out for a wide screen down to a narrower page', async () => {
    const el = await mount(1100);
    await printMedia(el);
    const laidOut = part(el, 'axis')!.getBoundingClientRect().width;
    // Paper narrower than the screen: measured before the element could lay out again.
    el.style.width = '600px';
    expect(beyondRightEdge(el)).to.deep.equal([]);
    const scaled = part(el, 'axis')!.getBoundingClientRect().width;
    expect(scaled).to.be.within(laidOut * (600 / 1100) - 1, laidOut * (600 / 1100) + 1);
  });

  it('keeps the width the chart was laid out for (what paper scales it from) on the chart: no item inherits it', async () => {
    const el = await mount(1100);
    const chart = el.shadowRoot!.querySelector<HTMLElement>('.chart')!;
    const widthOn = (node: Element) => getComputedStyle(node).getPropertyValue('--_chart-width');
    const item = part(el, 'event')!;
    const before = widthOn(item);
    expect(widthOn(chart)).to.equal('1100px');
    // A resize writes the new width on the chart; were it inherited, every item and chip would be
    // restyled at each frame of it (the whole chart, 600 elements a frame in the benchmark).
    el.style.width = '1000px';
    for (let i = 0; i < 3; i++) await new Promise((r) => requestAnimationFrame(r));
    await el.updateComplete;
    expect(widthOn(chart)).to.equal('1000px');
    expect(widthOn(part(el, 'event')!)).to.equal(before);
    expect(widthOn(item)).to.equal(before);
  });

  it('keeps listing every item while the window moves under print media, untouched, and writes the dates anew in a new locale', async () => {
    const el = await mount();
    await printMedia(el);
    // Each entry's first line is its date.
    const english = parts(el, 'print-item').map((li) => li.innerText.split('\n')[0]);
    const writes = new MutationObserver(() => undefined);
    writes.observe(part(el, 'print-list')!, { subtree: true, childList: true, attributes: true, characterData: true });
    await el.zoomTo('1454-10', '1455-02', { animate: false });
    expect(writes.takeRecords(), 'writes to the list while the window moved').to.deep.equal([]);
    writes.disconnect();
    expect(parts(el, 'print-item').map((li) => li.innerText.split('\n')[0])).to.deep.equal(english);
    el.locale = 'de';
    await el.updateComplete;
    const german = parts(el, 'print-item').map((li) => li.innerText.split('\n')[0]);
    expect(german.length).to.equal(story.events.length);
    expect(german.find((text) => text!.includes('Okt'))).to.not.equal(undefined);
    expect(german).to.not.deep.equal(english);
  });

  it('draws the list synchronously in beforeprint, and drops it after printing', async () => {
    const el = await mount();
    window.dispatchEvent(new Event('beforeprint'));
    expect(parts(el, 'print-item').length).to.equal(story.events.length);
    expect(shown(part(el, 'controls'))).to.equal(false);
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    expect(part(el, 'print-list')).to.equal(undefined);
    expect(shown(part(el, 'controls'))).to.equal(true);
  });

  it('with 10,000 items draws none of the list on screen, and all of it within beforeprint', async () => {
    const el = await fixture<EventTimeline>(html`<event-timeline locale="en" time-zone="UTC" style="width: 900px"></event-timeline>`);
    const loaded = oneEvent(el, 'timeline-load');
    el.events = Array.from({ length: 10000 }, (_, i) => ({
      id: `n${i}`,
      title: `Notice ${i}`,
      date: new Date(Date.UTC(2000, 0, 1) + i * 3600_000).toISOString().slice(0, 16),
      sources: [{ name: `Register ${i}`, url: `https://example.org/register/${i}` }],
    }));
    await loaded;
    await el.zoomTo('2000-01-02', '2000-01-03', { animate: false });
    expect(parts(el, 'print-item').length).to.equal(0);
    window.dispatchEvent(new Event('beforeprint'));
    const items = parts(el, 'print-item');
    expect(items.length).to.equal(10000);
    expect(items[9999]!.innerText).to.contain('Notice 9999').and.to.contain('https://example.org/register/9999');
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
  });
});
