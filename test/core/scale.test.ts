import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { scaleLinear } from 'd3-scale';
import { linearScale } from '../../src/core/scale.js';

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));

describe('linearScale: the time-to-pixel map', () => {
  it('maps the ends of the domain to the ends of the range, and says what they are', () => {
    const s = linearScale().domain([new Date(Date.UTC(2024, 0, 1)), Date.UTC(2025, 0, 1)]).range([0, 1000]);
    expect(s(Date.UTC(2024, 0, 1))).to.equal(0);
    expect(s(Date.UTC(2025, 0, 1))).to.equal(1000);
    expect(s.domain()).to.deep.equal([Date.UTC(2024, 0, 1), Date.UTC(2025, 0, 1)]);
    expect(s.range()).to.deep.equal([0, 1000]);
  });

  it('maps every point as d3-scale does', () => {
    // Instants in ms, as the element uses them: whole milliseconds over ±300,000 years.
    const finite = fc.double({ min: -1e16, max: 1e16, noNaN: true }).map(Math.round);
    fc.assert(
      fc.property(finite, finite, fc.double({ min: 1, max: 5000, noNaN: true }), finite, (d0, d1, width, x) => {
        const ours = linearScale([d0, d1], [0, width]);
        const theirs = scaleLinear().domain([d0, d1]).range([0, width]);
        expect(close(ours(x), theirs(x)), `${ours(x)} vs ${theirs(x)}`).to.equal(true);
      }),
    );
  });
});
