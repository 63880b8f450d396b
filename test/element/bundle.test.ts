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

/**
 * The bundle is the source passed through esbuild's bundling and minifier, terser, the
 * template compaction and the d3 size measures of scripts/bundle-plugins.mjs: whatever the
 * element writes from it must read the same as from the source build, at every zoom level from
 * centuries to seconds, in zones with clock changes.
 */
describe('dist/event-timeline.js writes what the source build writes', () => {
  const data = {
    timeZone: 'Europe/Berlin',
    events: [
      { id: 'year', title: 'A year', date: '1989' },
      { id: 'month', title: 'A month', date: '2024-10' },
      { id: 'week', title: 'A week', date: '2024-W47' },
      { id: 'week-53', title: 'Week 53', date: '2020-W53' },
      { id: 'day', title: 'A day', date: '2024-03-31' },
      { id: 'time', title: 'A time', date: '2024-10-27T02:30' },
      { id: 'seconds', title: 'Seconds', date: '2024-11-18T14:30:15Z' },
      { id: 'range', title: 'A range', start: '2024-10-01', end: '2024-11-18T09:00' },
      { id: 'bc', title: 'Long ago', date: '-000043-03-15' },
    ],
  };
  const windows: [string, string][] = [
    ['-000100', '2100'],
    ['1980', '2030'],
    ['2024-01', '2024-12'],
    ['2024-03-25', '2024-04-05'],
    ['2024-10-26T20:00', '2024-10-27T08:00'],
    ['2024-10-27T02:00', '2024-10-27T03:30'],
    ['2024-11-18T14:29:50Z', '2024-11-18T14:30:40Z'],
  ];

  async function view(el: HTMLElement & { updateComplete: Promise<boolean> }) {
    await el.updateComplete;
    const root = el.shadowRoot!;
    return {
      ticks: [...root.querySelectorAll('svg.axis text')].map((t) => t.textContent),
      names: [...root.querySelectorAll('[part~="event"]')].map((e) => e.getAttribute('aria-label')),
      range: [el.getAttribute('start'), el.getAttribute('end')],
    };
  }

  it('the same axis, event names and range at every zoom level', async () => {
    await import('../../src/index.js');
    const frame = document.createElement('iframe');
    frame.style.width = '1000px';
    frame.style.height = '600px';
    frame.src = '/test/pages/bundle-only.html';
    document.body.append(frame);
    const make = (doc: Document) => {
      const el = doc.createElement('event-timeline') as HTMLElement & { events: unknown; zoomTo(a: string, b: string): Promise<void>; updateComplete: Promise<boolean> };
      el.setAttribute('locale', 'de');
      el.setAttribute('time-zone', 'America/New_York');
      el.style.width = '900px';
      el.events = data;
      doc.body.append(el);
      return el;
    };
    try {
      await waitUntil(() => frame.contentWindow?.customElements?.get('event-timeline') !== undefined, 'bundle did not register the tag', { timeout: 10000 });
      const fromBundle = make(frame.contentDocument!);
      const fromSource = make(document);
      for (const [start, end] of windows) {
        // zoomTo animates; its promise settles when the view is there.
        await Promise.all([fromBundle.zoomTo(start, end), fromSource.zoomTo(start, end)]);
        const [a, b] = [await view(fromBundle), await view(fromSource)];
        expect(b.ticks.length, `ticks for ${start} – ${end}`).to.be.greaterThan(1);
        expect(a, `${start} – ${end}`).to.deep.equal(b);
      }
      fromSource.remove();
    } finally {
      frame.remove();
    }
  });
});
