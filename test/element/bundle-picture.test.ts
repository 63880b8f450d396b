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

describe('dist/event-timeline.js draws eras, reference lines and the vertical rail in toSVG() with the parts that draw them', () => {
  const mount = async (data: unknown, orientation: string) => {
    const el = document.createElement('event-timeline') as Timeline;
    el.setAttribute('time-zone', 'UTC');
    el.setAttribute('orientation', orientation);
    el.style.width = '700px';
    const loaded = oneEvent(el, 'timeline-load');
    el.events = data;
    document.body.append(el);
    await loaded;
    await (el as Timeline & { updateComplete: Promise<boolean> }).updateComplete;
    return el;
  };
  const svgOf = (el: Timeline) => new DOMParser().parseFromString(el.toSVG(), 'image/svg+xml');
  /** Where an element of the nested plot is, in px of the picture: its own place plus the corners of the viewports it is in. */
  const inPicture = (node: Element, attribute: string) => {
    let at = Number(node.getAttribute(attribute));
    for (let svg = node.closest('svg:not(:root)'); svg; svg = svg.parentElement!.closest('svg:not(:root)')) at += Number(svg.getAttribute(attribute[0]!) ?? 0);
    return at;
  };

  it('an era is a band and a reference a dashed line, where the element shows them', async () => {
    const el = await mount(
      {
        eras: [{ title: 'Strike', start: '2024-04-01', end: '2024-05-15' }],
        references: [{ title: 'Budget day', date: '2024-06-20' }],
        events: [
          { id: 'a', title: 'Crane', date: '2024-03-04' },
          { id: 'b', title: 'Ferry', date: '2024-08-30' },
        ],
      },
      'horizontal',
    );
    const origin = el.getBoundingClientRect();
    const onScreen = (name: string) => el.shadowRoot!.querySelector(`[part="${name}"]`)!.getBoundingClientRect();
    const doc = svgOf(el);
    const dashed = doc.querySelector('line.f')!;
    expect(inPicture(dashed, 'x1')).to.be.closeTo(onScreen('reference').left - origin.left + onScreen('reference').width / 2, 2);
    const band = [...doc.querySelectorAll('rect[fill-opacity]')];
    expect(band).to.have.length(1);
    expect(inPicture(band[0]!, 'x')).to.be.closeTo(onScreen('era').left - origin.left, 2);
    el.remove();
  });

  it('a vertical picture has the rail down the plot and a zigzag for each break the element shows', async () => {
    const el = await mount(
      [
        { id: 'a', title: 'Founding', date: '1900-01-01' },
        { id: 'b', title: 'Centenary', date: '2000-01-01' },
        { id: 'c', title: 'Renovation', date: '2000-06-01' },
      ],
      'vertical',
    );
    const breaks = el.shadowRoot!.querySelectorAll('.rail-break').length;
    expect(breaks).to.be.greaterThan(0);
    const doc = svgOf(el);
    expect(doc.querySelectorAll('polyline')).to.have.length(breaks);
    // The plot's viewport, inside the chart's stretch it shows through.
    const plot = doc.querySelector('svg:not(:root) > svg')!;
    const rail = [...plot.querySelectorAll(':scope > line')].find((l) => l.getAttribute('x1') === l.getAttribute('x2') && l.getAttribute('y1') === '0');
    expect(Number(rail!.getAttribute('y2'))).to.equal(Number(plot.getAttribute('height')));
    el.remove();
  });
});
