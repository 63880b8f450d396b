import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { eventById, inner, mountWith, yearOfFive } from './helpers.js';
import type { EventTimeline } from '../../src/index.js';

// A touch screen as wide as a tablet's: the chart is laid out across (a time axis), not down.
const year = yearOfFive;

const frames = (n: number) => new Promise<void>((resolve) => {
  const next = (left: number) => (left === 0 ? resolve() : requestAnimationFrame(() => next(left - 1)));
  next(n);
});

function plotBox(el: EventTimeline): DOMRect {
  return el.shadowRoot!.querySelector('.plot')!.getBoundingClientRect();
}

describe('<event-timeline> one finger on a touch screen, across', () => {
  let page: HTMLElement | undefined;
  before(() => executeServerCommand('touch-screen', { enabled: true }));
  after(() => executeServerCommand('touch-screen', { enabled: false }));
  afterEach(async () => {
    page?.remove();
    // A swipe's fling goes on after the finger is lifted.
    await new Promise((r) => setTimeout(r, 400));
    scrollTo(0, 0);
  });

  async function mounted(): Promise<EventTimeline> {
    const el = await mountWith(year, { width: 700 });
    // The element in an article: text after it, the page taller than the screen.
    page = document.body.appendChild(document.createElement('div'));
    page.style.height = '3000px';
    expect(el.shadowRoot!.querySelector('.chart.vertical'), 'laid out across at 700 px').to.equal(null);
    // The gestures come on demand, asked for by the first pointer over the chart.
    el.shadowRoot!.querySelector('.chart')!.dispatchEvent(new PointerEvent('pointerover', { bubbles: true }));
    await new Promise((r) => setTimeout(r, 300));
    return el;
  }

  it('scrolls the page with an upward swipe over the chart, the window as it was', async () => {
    const el = await mounted();
    const [start, end] = [el.start, el.end];
    const box = plotBox(el);
    const at: [number, number] = [Math.round(box.left + box.width / 2), Math.round(box.top + Math.min(box.height / 2, 60))];
    await executeServerCommand('swipe', { from: at, by: [12, -240], steps: 8 });
    await frames(10);
    expect(scrollY, 'the page scrolled with the finger').to.be.greaterThan(100);
    expect([el.start, el.end], 'the chart did not move').to.deep.equal([start, end]);
  });

  it('pans the chart with a sideways swipe over it, the page where it was', async () => {
    const el = await mounted();
    const before = Date.parse(el.start!);
    const box = plotBox(el);
    const at: [number, number] = [Math.round(box.left + box.width / 2), Math.round(box.top + Math.min(box.height / 2, 60))];
    await executeServerCommand('swipe', { from: at, by: [-200, 10], steps: 8 });
    await frames(10);
    expect(scrollY, 'the page stayed').to.equal(0);
    expect(Date.parse(el.start!), 'the window moved later, as the finger moved left').to.be.greaterThan(before);
  });

  it('zooms with a two-finger pinch over the chart, the page where it was', async () => {
    const el = await mounted();
    const before = Date.parse(el.end!) - Date.parse(el.start!);
    const box = plotBox(el);
    await executeServerCommand('pinch', { at: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)], from: 30, to: 90, steps: 4 });
    await frames(10);
    expect(scrollY, 'the page stayed').to.equal(0);
    expect(Date.parse(el.end!) - Date.parse(el.start!), 'fingers spread three times as far zoom in').to.be.lessThan(before * 0.6);
  });

  it('selects the item a finger taps, the window and the page where they were', async () => {
    const el = await mounted();
    const [start, end] = [el.start, el.end];
    const label = inner(eventById(el, 'apr'), 'label').getBoundingClientRect();
    const at = { x: Math.round(label.left + label.width / 2), y: Math.round(label.top + label.height / 2), id: 1 };
    await executeServerCommand('touches', { frames: [[at]] });
    await frames(10);
    expect(el.selected, 'the tapped item is selected').to.equal('apr');
    expect([el.start, el.end, scrollY]).to.deep.equal([start, end, 0]);
  });
});
