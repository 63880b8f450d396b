import { expect, oneEvent } from '@open-wc/testing';

/**
 * dist/event-timeline.js writes `toSVG()` itself (it answers at once) and loads the PNG and the
 * downloads (dist/event-timeline-picture-files.js) only when `toPNG()` or an export button asks.
 */
type Timeline = HTMLElement & { events: unknown; toSVG(): string; toPNG(options?: { scale?: number }): Promise<Blob> };

// A path in a variable: TypeScript does not try to resolve the built file.
const bundle = '/dist/event-timeline.js';
await import(bundle);

const fetchedPicture = () => performance.getEntriesByType('resource').some((e) => e.name.includes('event-timeline-picture-files.js'));

describe('dist/event-timeline.js loads the PNG export on demand', () => {
  it('writes the SVG without it, and fetches it for the PNG', async () => {
    const el = document.createElement('event-timeline') as Timeline;
    el.setAttribute('time-zone', 'UTC');
    el.style.width = '600px';
    const loaded = oneEvent(el, 'timeline-load');
    el.events = { title: 'Bundle picture', events: [{ id: 'a', title: 'First light', date: '2024-01-01' }] };
    document.body.append(el);
    await loaded;
    expect(el.toSVG()).to.include('First light');
    expect(fetchedPicture()).to.equal(false);
    const png = await el.toPNG({ scale: 1 });
    expect(png.type).to.equal('image/png');
    expect(fetchedPicture()).to.equal(true);
    el.remove();
  });
});
