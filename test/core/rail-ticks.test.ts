import { expect } from '@open-wc/testing';
import { railTicks } from '../../src/core/rail-ticks.js';
import { computeTicks } from '../../src/core/ticks.js';
import { DAY, everyFrameAsComputeTicks, T0, twoViewsAsComputeTicks } from './moving-views.js';

describe('railTicks: the vertical rail of a moving view', () => {
  // A rail has a tick per 80 px: from a short one to a story thousands of px long.
  it('property: gives every frame of a zoom or pan exactly the ticks computeTicks gives its view', () => everyFrameAsComputeTicks(railTicks, 80));

  it('property: two rails moving together (two timelines on one page) each get their own ticks', () => twoViewsAsComputeTicks(railTicks, 40));

  it('serves a zoom into a view that had more ticks than computeTicks makes only from a list that reached its end', () => {
    // 300 day ticks asked for: computeTicks stops at 200, so that list ends 100 days early and
    // a view zoomed in a little, still past its last tick, must be made anew.
    const first: [number, number] = [T0, T0 + 300 * DAY];
    expect(railTicks(...first, 300, 'UTC', 'en')).to.have.length(200);
    const inside: [number, number] = [T0 + 10 * DAY, T0 + 290 * DAY];
    const ticks = railTicks(...inside, 280, 'UTC', 'en');
    expect(ticks).to.deep.equal(computeTicks(...inside, 280, 'UTC', 'en'));
    expect(ticks.at(-1)!.at).to.be.at.least(T0 + 209 * DAY);
  });

  it('serves the frames of a pan from ticks made once, beyond the view on either side', () => {
    // A stretch of its own (the last argument): after the view above, this one would be a zoom in.
    const view: [number, number] = [T0 + 100 * DAY, T0 + 130 * DAY];
    const first = railTicks(...view, 30, 'UTC', 'en', 2);
    const panned: [number, number] = [view[0] + 5 * DAY, view[1] + 5 * DAY];
    const ticks = railTicks(...panned, 30, 'UTC', 'en', 2);
    expect(ticks).to.deep.equal(computeTicks(...panned, 30, 'UTC', 'en'));
    // The same tick objects as the first frame's: the pan's ticks were not made again.
    expect(ticks[0]).to.equal(first.find((tick) => tick.at === ticks[0]!.at));
    expect(ticks.at(-1)!.at).to.be.above(view[1]);
  });

  it('serves a zoom in from the ticks of its first frame at a new interval, made for its view alone', () => {
    // Weeks over 280 days, then days over 40 inside them: the interval changes, so the first
    // zoomed frame makes a list; the next, further in, is cut from it (the same tick objects).
    const whole: [number, number] = [T0 + 300 * DAY, T0 + 580 * DAY];
    railTicks(...whole, 40, 'UTC', 'en', 7);
    const zoomed: [number, number] = [T0 + 400 * DAY, T0 + 440 * DAY];
    const first = railTicks(...zoomed, 40, 'UTC', 'en', 7);
    expect(first).to.deep.equal(computeTicks(...zoomed, 40, 'UTC', 'en'));
    const further: [number, number] = [T0 + 405 * DAY, T0 + 436 * DAY];
    const next = railTicks(...further, 31, 'UTC', 'en', 7);
    expect(next).to.deep.equal(computeTicks(...further, 31, 'UTC', 'en'));
    expect(next[0]).to.equal(first.find((tick) => tick.at === next[0]!.at));
    // Out of the zoomed view on either side: made anew (the zoom made no ticks beyond its view,
    // which its frames never draw), each exactly computeTicks'.
    for (const shift of [-20 * DAY, 30 * DAY]) {
      const panned: [number, number] = [further[0] + shift, further[1] + shift];
      const ticks = railTicks(...panned, 31, 'UTC', 'en', 7);
      expect(ticks).to.deep.equal(computeTicks(...panned, 31, 'UTC', 'en'));
      expect(ticks.filter((tick) => first.includes(tick))).to.deep.equal([]);
    }
  });

  it('follows a change of zone or locale at once', () => {
    const view: [number, number] = [T0, T0 + 40 * DAY];
    expect(railTicks(...view, 40, 'UTC', 'en')).to.deep.equal(computeTicks(...view, 40, 'UTC', 'en'));
    const inside: [number, number] = [T0 + DAY / 2, T0 + 39 * DAY];
    // Berlin's midnights are an hour before UTC's in winter; German labels.
    expect(railTicks(...inside, 39, 'Europe/Berlin', 'en')[0]!.at % DAY).to.equal(23 * 3_600_000);
    expect(railTicks(...inside, 39, 'Europe/Berlin', 'de')).to.deep.equal(computeTicks(...inside, 39, 'Europe/Berlin', 'de'));
    expect(railTicks(...inside, 39, 'Europe/Berlin', 'de')[0]!.label).to.equal('2. Jan.');
  });

  it('gives no ticks for an empty or broken view', () => {
    expect(railTicks(5, 5, 10, 'UTC', 'en')).to.deep.equal([]);
    expect(railTicks(Number.NaN, 5, 10, 'UTC', 'en')).to.deep.equal([]);
  });
});
