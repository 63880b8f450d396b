import { expect } from '@open-wc/testing';
import { movingTicks } from '../../src/core/moving-ticks.js';
import { computeTicks } from '../../src/core/ticks.js';
import { DAY, everyFrameAsComputeTicks, path, T0, twoViewsAsComputeTicks } from './moving-views.js';

describe('movingTicks: the axis of a moving view', () => {
  it('property: gives every frame of a pan or zoom exactly the ticks computeTicks gives its view', () => everyFrameAsComputeTicks(movingTicks, 16));

  it('property: two views moving together (two timelines on one page) each get their own ticks', () => twoViewsAsComputeTicks(movingTicks, 8));

  it('gives the ticks near the end of a stretch that computeTicks cut short (it stops after a few hundred)', () => {
    // 80 day ticks a view: three views would be 240, beyond what computeTicks makes in one go,
    // so the stretch ends 40 days after the first view and the pan goes on past it.
    const views = path([T0, T0 + 80 * DAY], Array.from({ length: 30 }, () => ({ pan: 0.05, zoom: 1 })));
    for (const [a, b] of views) expect(movingTicks(a, b, 80, 'UTC', 'en')).to.deep.equal(computeTicks(a, b, 80, 'UTC', 'en'));
    const [a, b] = views.at(-1)!;
    expect(movingTicks(a, b, 80, 'UTC', 'en').at(-1)!.at).to.be.at.least(b - DAY);
  });

  it('follows a change of zone or locale at once', () => {
    const view: [number, number] = [T0, T0 + 10 * DAY];
    expect(movingTicks(...view, 10, 'UTC', 'en').map((t) => t.at)).to.deep.equal(computeTicks(...view, 10, 'UTC', 'en').map((t) => t.at));
    const berlin = movingTicks(...view, 10, 'Europe/Berlin', 'en');
    // Berlin's midnights are an hour before UTC's in winter.
    expect(berlin[0]!.at % DAY).to.equal(23 * 3_600_000);
    expect(movingTicks(...view, 10, 'Europe/Berlin', 'de')).to.deep.equal(computeTicks(...view, 10, 'Europe/Berlin', 'de'));
  });

  it('gives hour ticks across the half-hour change of clock on Lord Howe Island as a view at rest has them, wherever the motion began', () => {
    const zone = 'Australia/Lord_Howe';
    // Summer time ended at 02:00 on 7 April 2024 (clocks back to 01:30); a 12-hour axis panning over it.
    const start = Date.parse('2024-04-06T06:00Z');
    for (const [a, b] of path([start, start + DAY / 2], Array.from({ length: 20 }, () => ({ pan: 0.1, zoom: 1 })))) {
      expect(movingTicks(a, b, 12, zone, 'en')).to.deep.equal(computeTicks(a, b, 12, zone, 'en'));
    }
  });

  it('gives no ticks for an empty or broken view', () => {
    expect(movingTicks(5, 5, 10, 'UTC', 'en')).to.deep.equal([]);
    expect(movingTicks(Number.NaN, 5, 10, 'UTC', 'en')).to.deep.equal([]);
  });
});
