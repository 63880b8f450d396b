import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { mountWith, yearOfFive } from './helpers.js';
import type { EventTimeline } from '../../src/index.js';

const year = yearOfFive;

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

// A page of its own: the gestures have not been asked for before this test.
describe('<event-timeline> a mouse wheel over a page it is in, before the gestures have come', () => {
  let spacers: HTMLElement[] = [];
  afterEach(() => {
    for (const s of spacers) s.remove();
    spacers = [];
    scrollTo(0, 0);
  });

  /** The element across a page between text above and below it, the page taller than the screen. */
  async function inArticle(): Promise<EventTimeline> {
    const el = await mountWith(year, { width: 700 });
    const above = document.createElement('div');
    above.style.height = `${innerHeight}px`;
    const below = document.createElement('div');
    below.style.height = '3000px';
    el.before(above);
    el.after(below);
    spacers = [above, below];
    return el;
  }

  const plotBox = (el: EventTimeline) => el.shadowRoot!.querySelector('.plot')!.getBoundingClientRect();

  it('goes on scrolling the page when the chart comes under the pointer while the wheel turns, on a page where the pointer never came over the chart, the window as it was', async () => {
    const el = await inArticle();
    const [start, end] = [el.start, el.end];
    const x = Math.round(plotBox(el).left + 200);
    const y = Math.round(innerHeight / 2);
    // Turns the page scrolls under the pointer, until the plot has gone up past it.
    for (let i = 0; i < 40 && plotBox(el).bottom > y; i++) {
      await executeServerCommand('wheel', { position: [x, y], deltaY: 60 });
      await pause(50);
    }
    expect(plotBox(el).bottom, 'the plot went up past the pointer with the page').to.be.lessThan(y);
    expect([el.start, el.end], 'the chart did not zoom').to.deep.equal([start, end]);
  });
});
