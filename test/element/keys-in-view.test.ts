import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { mountWith } from './helpers.js';
import type { EventTimeline } from '../../src/index.js';
import type { TimelineData } from '../../src/core/types.js';
import { eightyItems } from './eighty-items.js';

const frames = (n: number) => new Promise<void>((resolve) => {
  const step = (left: number) => (left === 0 ? resolve() : requestAnimationFrame(() => step(left - 1)));
  step(n);
});

describe('<event-timeline> the arrow keys through a crowded story on a phone', () => {
  before(async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    await setViewport({ width: 320, height: 900 });
  });
  after(async () => {
    await setViewport({ width: 800, height: 600 });
    scrollTo(0, 0);
  });

  it('scrolls every item the focus moves to into view, those of a "+N" chip’s stretch too', async () => {
    const el = await mountWith(eightyItems, { width: 304, locale: 'en-GB', timeZone: 'Europe/Berlin' });
    expect(el.shadowRoot!.querySelector('.chart.vertical'), 'laid out down the page').to.not.equal(null);
    expect(el.shadowRoot!.querySelectorAll('[part~="cluster"]').length, 'chips').to.be.greaterThan(0);
    el.shadowRoot!.querySelector<HTMLElement>('[part~="event"][tabindex="0"]')!.focus();
    const seen = new Set<string>();
    for (let i = 0; i < eightyItems.length - 1; i++) {
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      await frames(3);
      const focused = el.shadowRoot!.activeElement as HTMLElement;
      const box = focused.getBoundingClientRect();
      seen.add(focused.dataset['id']!);
      expect([box.top >= 0, box.bottom <= innerHeight], `${focused.getAttribute('aria-label')}: ${Math.round(box.top)} to ${Math.round(box.bottom)} of ${innerHeight}`).to.deep.equal([true, true]);
    }
    expect(seen.size, 'the focus went through the items').to.be.greaterThan(60);
  });
});

describe('<event-timeline> the arrow keys past the edge of a zoomed window on a phone', () => {
  before(async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
    await setViewport({ width: 390, height: 844 });
  });
  after(async () => {
    await setViewport({ width: 800, height: 600 });
    scrollTo(0, 0);
  });

  it('shows the item the focus moves to where the moving window takes it, not where it was drawn before', async () => {
    // Forty items three days apart: zoomed in on the tenth, the next ones lie outside the window.
    const items = Array.from({ length: 40 }, (_, i) => ({ id: `e${i}`, title: `Item number ${i}`, date: new Date(Date.UTC(2024, 0, 1 + 3 * i)).toISOString().slice(0, 10) }));
    const el = await mountWith(items, { width: 390, locale: 'en-GB', timeZone: 'Europe/Berlin' });
    expect(el.shadowRoot!.querySelector('.chart.vertical'), 'laid out down the page').to.not.equal(null);
    el.shadowRoot!.querySelector<HTMLElement>('[part~="event"][tabindex="0"]')!.focus();
    for (let i = 0; i < 10; i++) await sendKeys({ press: 'ArrowDown' });
    const zoomed = new Promise<void>((resolve) => {
      let left = 5;
      el.addEventListener('timeline-range-change', () => --left === 0 && resolve());
    });
    for (let i = 0; i < 5; i++) {
      await sendKeys({ press: '+' });
      await new Promise((r) => setTimeout(r, 600));
    }
    await zoomed;
    for (const expected of ['e11', 'e12', 'e13']) {
      const before = el.start;
      await sendKeys({ press: 'ArrowDown' });
      // Until the window has moved to the item and come to rest; the page is not scrolled meanwhile
      // to where the item was drawn before (far down the page), to be scrolled back.
      const scrolls: number[] = [];
      const scrolled = () => scrolls.push(scrollY);
      addEventListener('scroll', scrolled);
      await new Promise((r) => setTimeout(r, 800));
      removeEventListener('scroll', scrolled);
      await frames(3);
      const focused = el.shadowRoot!.activeElement as HTMLElement;
      expect(focused.dataset['id']).to.equal(expected);
      expect(el.start, 'the window moved to the item').to.not.equal(before);
      const box = focused.getBoundingClientRect();
      expect([box.top >= 0, box.bottom <= innerHeight], `${expected}: ${Math.round(box.top)} to ${Math.round(box.bottom)} of ${innerHeight}`).to.deep.equal([true, true]);
      expect(new Set(scrolls).size, `scrolled to ${scrolls.join(', ')}`).to.be.at.most(1);
    }
  });
});

/** A horizontal timeline of `items` at 1,200 px, shown at the window [start, end] and settled. */
async function atWindow(items: TimelineData, start: string, end: string): Promise<EventTimeline> {
  const el = await mountWith(items, { orientation: 'horizontal', width: 1200 });
  el.setAttribute('start', start);
  el.setAttribute('end', end);
  await el.updateComplete;
  await frames(2);
  return el;
}

/** Presses `key` on the focused item; answers the item that has the focus after the element settled. */
async function press(el: EventTimeline, key: string): Promise<HTMLElement> {
  await sendKeys({ press: key });
  await el.updateComplete;
  await frames(3);
  return el.shadowRoot!.activeElement as HTMLElement;
}

describe('<event-timeline> the keys at the edges of a window', () => {
  before(() => emulateMedia({ reducedMotion: 'reduce' }));

  // Periods that only touch a window's edges are not in it (an outside harness: in a June window,
  // Tab and Home focused May and End July, both out of sight, and the window stayed).
  it('puts the tab stop on the first item in the window, and End brings the last one into it', async () => {
    const months = [
      { id: 'may', title: 'May', date: '2024-05' },
      { id: 'mid', title: 'Mid June', date: '2024-06-15' },
      { id: 'jul', title: 'July', date: '2024-07' },
    ];
    const el = await atWindow(months, '2024-06-01', '2024-06-30');
    const stop = el.shadowRoot!.querySelector<HTMLElement>('[part~="event"][tabindex="0"]')!;
    expect(stop.dataset['id'], 'the tab stop').to.equal('mid');
    stop.focus();
    const focused = await press(el, 'End');
    expect(focused.dataset['id']).to.equal('jul');
    const plot = el.shadowRoot!.querySelector('[part~="axis"]')!.getBoundingClientRect();
    const marker = focused.querySelector('[part~="marker"]')!.getBoundingClientRect();
    expect(marker.right, "July's band in view").to.be.greaterThan(plot.left + 1);
    expect(marker.left, "July's band in view").to.be.lessThan(plot.right - 1);
    expect(el.end! >= '2024-07-01', `the window moved on: ${el.start} – ${el.end}`).to.equal(true);
  });

  it('moves the window to show the whole day it focused (an outside harness saw 60 of 171 px)', async () => {
    const days = [
      { id: 'wed', title: 'Wednesday', date: '2024-06-12' },
      { id: 'sun', title: 'Sunday', date: '2024-06-16' },
    ];
    const el = await atWindow(days, '2024-06-10T00:00:00Z', '2024-06-16T12:00:00Z');
    el.shadowRoot!.querySelector<HTMLElement>('[part~="event"][data-id="wed"]')!.focus();
    const focused = await press(el, 'ArrowRight');
    expect(focused.dataset['id']).to.equal('sun');
    expect(focused.dataset['kind'], 'a day over 48 px: its band').to.equal('band');
    const plot = el.shadowRoot!.querySelector('[part~="axis"]')!.getBoundingClientRect();
    const band = focused.querySelector('[part~="marker"]')!.getBoundingClientRect();
    expect([band.left >= plot.left - 1, band.right <= plot.right + 1], `band ${Math.round(band.left)}-${Math.round(band.right)} in ${Math.round(plot.left)}-${Math.round(plot.right)}`).to.deep.equal([true, true]);
  });

  it('leaves the window where a click puts the focus on the same day', async () => {
    const el = await atWindow([{ id: 'sun', title: 'Sunday', date: '2024-06-16' }], '2024-06-10T00:00:00Z', '2024-06-16T12:00:00Z');
    const before = [el.start, el.end];
    const box = el.shadowRoot!.querySelector('[part~="event"][data-id="sun"] [part~="marker"]')!.getBoundingClientRect();
    el.shadowRoot!.querySelector<HTMLElement>('[part~="event"][data-id="sun"]')!.click();
    await el.updateComplete;
    await frames(3);
    expect([el.start, el.end], `clicked at ${Math.round(box.left)}`).to.deep.equal(before);
  });
});
