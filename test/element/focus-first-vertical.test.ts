import { expect } from '@open-wc/testing';
import { mountWith, part } from './helpers.js';

// A file of its own: the vertical layout's part must not have been loaded by an earlier test on this page.
describe('the focus when the first picture of the vertical layout waits for its part', () => {
  it('stays in the element, on the tab stop, where it was on a zoom button the wait took away', async () => {
    const el = await mountWith(
      { events: [{ id: 'a', title: 'First', date: '2024-01-10' }, { id: 'b', title: 'Second', date: '2024-03-10' }] },
      { width: 900, orientation: 'horizontal' },
    );
    part(el, 'zoom-in')!.focus();
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'zoom-in'));
    el.orientation = 'vertical';
    for (let i = 0; i < 40 && !el.shadowRoot!.querySelector('.chart.vertical'); i++) {
      await new Promise((resolve) => setTimeout(resolve, 25));
      await el.updateComplete;
    }
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.chart.vertical')).to.not.equal(null);
    expect(document.activeElement).to.equal(el);
    expect((el.shadowRoot!.activeElement as HTMLElement).dataset['id']).to.equal('a');
  });
});
