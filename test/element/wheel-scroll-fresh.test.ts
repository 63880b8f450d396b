import { expect } from '@open-wc/testing';
import { inArticle, leaveArticle, plotBox, wheelDownThePage } from './article-page.js';

// A page of its own: the gestures have not been asked for before this test.
describe('<event-timeline> a mouse wheel over a page it is in, before the gestures have come', () => {
  afterEach(() => leaveArticle());

  it('goes on scrolling the page when the chart comes under the pointer while the wheel turns, on a page where the pointer never came over the chart, the window as it was', async () => {
    const el = await inArticle({ hovered: false });
    const [start, end] = [el.start, el.end];
    const y = await wheelDownThePage(el, 50);
    expect(plotBox(el).bottom, 'the plot went up past the pointer with the page').to.be.lessThan(y);
    expect([el.start, el.end], 'the chart did not zoom').to.deep.equal([start, end]);
  });
});
