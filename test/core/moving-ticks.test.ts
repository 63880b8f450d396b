import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { movingTicks } from '../../src/core/moving-ticks.js';
import { computeTicks } from '../../src/core/ticks.js';

const DAY = 86_400_000;
const T0 = Date.UTC(2023, 0, 1);
// Zones with the cases a calendar axis trips over: summer time, a midnight that does not exist
// (São Paulo until 2019), half-hour and quarter-hour offsets, summer time of half an hour (Lord
// Howe Island) and of two hours (Troll), a day skipped (Samoa, 2011), odd offsets before 1940
// (Amsterdam's +00:19:32, Kolkata's).
const ZONES = ['UTC', 'Europe/Berlin', 'America/Sao_Paulo', 'Asia/Kolkata', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'Antarctica/Troll', 'Pacific/Apia', 'Europe/Amsterdam'];

/** A moving view, frame by frame: each move pans by a share of the view and zooms by a factor around its middle. */
const moveArb = fc.record({ pan: fc.double({ min: -0.3, max: 0.3, noNaN: true }), zoom: fc.double({ min: 0.8, max: 1.25, noNaN: true }) });

function path(first: [number, number], moves: { pan: number; zoom: number }[]): [number, number][] {
  const views: [number, number][] = [first];
  let [a, b] = first;
  for (const { pan, zoom } of moves) {
    const middle = (a + b) / 2 + pan * (b - a);
    const half = (b - a) / 2 / zoom;
    [a, b] = [middle - half, middle + half];
    views.push([a, b]);
  }
  return views;
}

describe('movingTicks: the axis of a moving view', () => {
  it('property: gives every frame of a pan or zoom exactly the ticks computeTicks gives its view', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        fc.constantFrom('en', 'de'),
        // From a few minutes to fifty years, starting anywhere in 1900-2030.
        fc.double({ min: Math.log(10 * 60_000), max: Math.log(50 * 365 * DAY), noNaN: true }),
        fc.integer({ min: -45_000, max: 2_500 }),
        fc.integer({ min: 2, max: 16 }),
        fc.array(moveArb, { minLength: 1, maxLength: 40 }),
        (zone, locale, logSpan, dayOffset, count, moves) => {
          const start = T0 + dayOffset * DAY;
          for (const [a, b] of path([start, start + Math.exp(logSpan)], moves)) {
            const got = movingTicks(a, b, count, zone, locale);
            const where = `${zone} ${new Date(a).toISOString()} – ${new Date(b).toISOString()}`;
            expect(got, where).to.deep.equal(computeTicks(a, b, count, zone, locale));
            // And an axis: inside the view, each tick after the one before.
            expect(got.every((t, i) => t.at >= a && t.at <= b && (i === 0 || t.at > got[i - 1]!.at)), where).to.equal(true);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('property: two views moving together (two timelines on one page) each get their own ticks', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        fc.integer({ min: -45_000, max: 2_500 }),
        fc.double({ min: Math.log(DAY), max: Math.log(20 * 365 * DAY), noNaN: true }),
        fc.double({ min: 0.1, max: 10, noNaN: true }),
        fc.array(fc.tuple(moveArb, moveArb), { minLength: 1, maxLength: 20 }),
        (zone, dayOffset, logSpan, ratio, moves) => {
          const start = T0 + dayOffset * DAY;
          const span = Math.exp(logSpan);
          const a = path([start, start + span], moves.map(([m]) => m));
          const b = path([start + span / 3, start + span / 3 + span * ratio], moves.map(([, m]) => m));
          a.forEach((view, i) => {
            for (const [s, e] of [view, b[i]!]) expect(movingTicks(s, e, 8, zone, 'en')).to.deep.equal(computeTicks(s, e, 8, zone, 'en'));
          });
        },
      ),
      { numRuns: 100 },
    );
  });

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
