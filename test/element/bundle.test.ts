import { expect, waitUntil } from '@open-wc/testing';

/** The built bundle, as a page without a build step uses it: one script tag and the tag. */
describe('dist/event-timeline.js in a plain HTML page', () => {
  it('registers event-timeline and renders the German seed story from src', async () => {
    const frame = document.createElement('iframe');
    frame.style.width = '1000px';
    frame.style.height = '700px';
    frame.src = '/test/pages/plain.html';
    document.body.append(frame);
    try {
      await waitUntil(() => frame.contentWindow?.customElements?.get('event-timeline') !== undefined, 'bundle did not register the tag', { timeout: 10000 });
      const doc = frame.contentDocument!;
      const el = doc.getElementById('story')!;
      expect(el.constructor.name).to.equal('EventTimeline');
      await waitUntil(() => el.shadowRoot!.querySelectorAll('[part~="event"]').length > 0, 'no events rendered', { timeout: 10000 });
      const ids = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="event"]')].map((e) => e.dataset['id']);
      expect(ids).to.include.members(['putin-warning', 'nk-deployment', 'singh-briefing', 'rudenko-warning']);
      const deployment = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="event"]')].find((e) => e.dataset['id'] === 'nk-deployment')!;
      expect(deployment.getAttribute('aria-label')).to.match(/^Oktober 2024: /);
      expect(deployment.dataset['kind']).to.equal('band');
    } finally {
      frame.remove();
    }
  });
});
