import { expect, fixture, html } from '@open-wc/testing';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import { EarlyGestures } from '../../src/element/input/early-gestures.js';

/**
 * What a press does while d3-zoom's gestures are on their way (input/early-gestures.ts): it is
 * held for them, and it does nothing the gestures would not (once here, d3-zoom blocks text
 * selection for the length of a drag).
 */
describe('a press before the gestures have arrived', () => {
  afterEach(() => resetMouse());

  it('drags across words without selecting them, and selects again once let go', async () => {
    // The words in a shadow root, as the element's are (where selectstart does not reach the page).
    const chart = await fixture<HTMLDivElement>(html`<div style="width: 400px"></div>`);
    chart.attachShadow({ mode: 'open' }).innerHTML = '<p style="font: 16px sans-serif">Südkoreas Geheimdienst NIS: 1.500 Spezialkräfte bereits verlegt</p>';
    // Gestures asked for that never come: the press stays held.
    const early = new EarlyGestures(chart, () => true, () => {});
    try {
      const box = chart.getBoundingClientRect();
      const y = Math.round(box.top + box.height / 2);
      await sendMouse({ type: 'move', position: [Math.round(box.left + 2), y] });
      await sendMouse({ type: 'down' });
      await sendMouse({ type: 'move', position: [Math.round(box.left + 150), y] });
      await sendMouse({ type: 'up' });
      expect(getSelection()?.toString(), 'selected while held').to.equal('');
      // Once the press is let go, the page's own selecting is back.
      early.stop(false);
      await sendMouse({ type: 'move', position: [Math.round(box.left + 2), y] });
      await sendMouse({ type: 'down' });
      await sendMouse({ type: 'move', position: [Math.round(box.left + 150), y] });
      await sendMouse({ type: 'up' });
      expect(getSelection()?.toString()).to.not.equal('');
    } finally {
      early.stop(false);
      getSelection()?.removeAllRanges();
    }
  });
});
