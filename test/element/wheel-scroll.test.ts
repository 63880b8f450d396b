import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { inArticle, leaveArticle, pause, plotBox, wheelDownThePage } from './article-page.js';

describe('<event-timeline> a mouse wheel over a page it is in', () => {
  afterEach(() => leaveArticle());

  for (const apart of [50, 450]) it(`goes on scrolling the page when the chart comes under the pointer while the wheel turns (a turn every ${apart} ms), the window as it was`, async () => {
    const el = await inArticle({ hovered: true });
    const [start, end] = [el.start, el.end];
    const y = await wheelDownThePage(el, apart);
    expect(plotBox(el).bottom, 'the plot went up past the pointer with the page').to.be.lessThan(y);
    expect([el.start, el.end], 'the chart did not zoom').to.deep.equal([start, end]);
  });

  it('zooms the chart with a wheel turned over it after a pause, the page where it is', async () => {
    const el = await inArticle({ hovered: true });
    scrollTo(0, Math.round(el.getBoundingClientRect().top + scrollY - 100));
    await pause(1100);
    const before = Date.parse(el.end!) - Date.parse(el.start!);
    const box = plotBox(el);
    const scrolled = scrollY;
    await executeServerCommand('wheel', { position: [Math.round(box.left + 200), Math.round(box.top + box.height / 2)], deltaY: -200 });
    await pause(400);
    expect(scrollY, 'the page stayed').to.equal(scrolled);
    expect(Date.parse(el.end!) - Date.parse(el.start!), 'zoomed in').to.be.lessThan(before * 0.9);
  });

  it('scrolls the page and leaves the chart as it was when a turn just above the chart scrolls the chart up under the pointer', async () => {
    const el = await inArticle({ hovered: true });
    const chart = () => el.shadowRoot!.querySelector('.chart')!.getBoundingClientRect();
    // The chart's top 20 px below the pointer, which rests on the zoom buttons' row above it.
    const y = 300;
    scrollTo(0, Math.round(scrollY + chart().top - (y + 20)));
    await pause(400);
    const [start, end] = [el.start, el.end];
    const scrolled = scrollY;
    await executeServerCommand('wheel', { position: [Math.round(chart().left + 200), y], deltaY: 100 });
    await pause(600);
    expect(scrollY - scrolled, 'the page scrolled by the turn').to.be.closeTo(100, 2);
    expect([el.start, el.end], 'the chart did not zoom').to.deep.equal([start, end]);
  });
});
