import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { ZOOM_LIMITS, type View } from '../../src/core/view.js';
import { zoomedView, zoomPlace, type ZoomFrame } from '../../src/core/zoom-transform.js';

const DAY = 86_400_000;

const frameArb = fc
  .record({
    start: fc.integer({ min: -1e12, max: 1e12 }),
    span: fc.integer({ min: DAY, max: 3000 * DAY }),
    from: fc.double({ min: -2, max: 2, noNaN: true }),
    width: fc.double({ min: 0.001, max: 3, noNaN: true }),
    length: fc.integer({ min: 1, max: 4000 }),
    breadth: fc.integer({ min: 1, max: 4000 }),
    vertical: fc.boolean(),
  })
  .map(({ start, span, from, width, length, breadth, vertical }): ZoomFrame => {
    const base: View = [start, start + span];
    const viewStart = start + from * span;
    return { base, view: [viewStart, viewStart + width * span], length, breadth, vertical };
  });

describe('zoom transform: the window as d3-zoom holds it', () => {
  it('property: the transform for a window shows that window again', () => {
    fc.assert(
      fc.property(frameArb, (at) => {
        const { x, y, k } = zoomPlace(at);
        const [a, b] = zoomedView(at, x, y, k);
        const tolerance = (at.view[1] - at.view[0]) * 1e-9 + 1e-3;
        expect(Math.abs(a - at.view[0])).to.be.at.most(tolerance);
        expect(Math.abs(b - at.view[1])).to.be.at.most(tolerance);
        // Only the axis along time moves.
        expect(at.vertical ? x : y).to.equal(0);
      }),
    );
  });

  it('shows the fitted window at scale 1 from 0 px, maps the chart along time, and limits the scale to the zoom limits', () => {
    const base: View = [0, 100 * DAY];
    const horizontal = zoomPlace({ base, view: base, length: 800, breadth: 300, vertical: false });
    expect(horizontal.extent).to.deep.equal([[0, 0], [800, 300]]);
    expect(horizontal.scaleExtent).to.deep.equal([(100 * DAY) / ZOOM_LIMITS.maxSpan, (100 * DAY) / ZOOM_LIMITS.minSpan]);
    expect([horizontal.x, horizontal.y, horizontal.k]).to.satisfy(([x, y, k]: number[]) => x === 0 && y === 0 && k === 1);
    const vertical = zoomPlace({ base, view: [50 * DAY, 75 * DAY], length: 800, breadth: 300, vertical: true });
    expect(vertical.extent).to.deep.equal([[0, 0], [300, 800]]);
    expect(vertical.k).to.equal(4);
    expect(vertical.x).to.equal(0);
    // Halfway along the fitted window at four times the scale: 2 × 800 px before the chart's start.
    expect(vertical.y).to.equal(-1600);
    // Dragging the whole chart's length towards the start shows the next stretch of a quarter.
    expect(zoomedView({ base, view: [0, 0], length: 800, breadth: 300, vertical: true }, 0, -2400, 4)).to.deep.equal([75 * DAY, 100 * DAY]);
  });
});
