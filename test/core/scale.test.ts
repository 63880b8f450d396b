import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { scaleLinear } from 'd3-scale';
import { zoomIdentity } from 'd3-zoom';
import { linearScale } from '../../src/core/scale.js';

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));

describe('linearScale: the time-to-pixel map', () => {
  it('maps the ends of the domain to the ends of the range and back', () => {
    const s = linearScale([Date.UTC(2024, 0, 1), Date.UTC(2025, 0, 1)], [0, 1000]);
    expect(s(Date.UTC(2024, 0, 1))).to.equal(0);
    expect(s(Date.UTC(2025, 0, 1))).to.equal(1000);
    expect(s.invert(1000)).to.equal(Date.UTC(2025, 0, 1));
  });

  it('maps every point and pixel as d3-scale does', () => {
    // Instants in ms, as the element uses them: whole milliseconds over ±300,000 years.
    const finite = fc.double({ min: -1e16, max: 1e16, noNaN: true }).map(Math.round);
    fc.assert(
      fc.property(finite, finite, fc.double({ min: 1, max: 5000, noNaN: true }), finite, (d0, d1, width, x) => {
        const ours = linearScale([d0, d1], [0, width]);
        const theirs = scaleLinear().domain([d0, d1]).range([0, width]);
        expect(close(ours(x), theirs(x)), `${ours(x)} vs ${theirs(x)}`).to.equal(true);
        if (d0 !== d1) expect(close(ours.invert(width / 3), theirs.invert(width / 3))).to.equal(true);
      }),
    );
  });

  it('is rescaled by a d3-zoom transform like a d3 scale, without changing the original', () => {
    const base = linearScale([0, 100], [0, 500]);
    const zoomed = zoomIdentity.translate(-250, 0).scale(2).rescaleX(base);
    const reference = zoomIdentity.translate(-250, 0).scale(2).rescaleX(scaleLinear().domain([0, 100]).range([0, 500]));
    expect(zoomed.domain().map(Number)).to.deep.equal(reference.domain());
    expect(base.domain()).to.deep.equal([0, 100]);
    expect(zoomed(50)).to.equal(reference(50));
  });
});
