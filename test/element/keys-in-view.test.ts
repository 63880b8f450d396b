import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { mountWith } from './helpers.js';
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
