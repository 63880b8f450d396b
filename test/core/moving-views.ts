import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { computeTicks, type Tick } from '../../src/core/ticks.js';

/** Views that move frame by frame, and the properties of the ticks made for them that keep earlier ones (moving-ticks, rail-ticks). */

export const DAY = 86_400_000;
export const T0 = Date.UTC(2023, 0, 1);
// Zones with the cases a calendar axis trips over: summer time, a midnight that does not exist
// (São Paulo until 2019), half-hour and quarter-hour offsets, summer time of half an hour (Lord
// Howe Island) and of two hours (Troll), a day skipped (Samoa, 2011), odd offsets before 1940
// (Amsterdam's +00:19:32, Kolkata's).
export const ZONES = ['UTC', 'Europe/Berlin', 'America/Sao_Paulo', 'Asia/Kolkata', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'Antarctica/Troll', 'Pacific/Apia', 'Europe/Amsterdam'];

/** A moving view, frame by frame: each move pans by a share of the view and zooms by a factor around its middle. */
export const moveArb = fc.record({ pan: fc.double({ min: -0.3, max: 0.3, noNaN: true }), zoom: fc.double({ min: 0.8, max: 1.25, noNaN: true }) });

export function path(first: [number, number], moves: { pan: number; zoom: number }[]): [number, number][] {
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

/** Ticks for a view, as computeTicks takes it. */
type TicksFor = (start: number, end: number, count: number, zone: string, locale: string) => readonly Tick[];

/** Property: every frame of a pan or zoom gets exactly the ticks computeTicks gives its view, each inside it and after the one before. */
export function everyFrameAsComputeTicks(ticksFor: TicksFor, maxCount: number): void {
  fc.assert(
    fc.property(
      fc.constantFrom(...ZONES),
      fc.constantFrom('en', 'de'),
      // From a few minutes to fifty years, starting anywhere in 1900-2030.
      fc.double({ min: Math.log(10 * 60_000), max: Math.log(50 * 365 * DAY), noNaN: true }),
      fc.integer({ min: -45_000, max: 2_500 }),
      fc.integer({ min: 2, max: maxCount }),
      fc.array(moveArb, { minLength: 1, maxLength: 40 }),
      (zone, locale, logSpan, dayOffset, count, moves) => {
        const start = T0 + dayOffset * DAY;
        for (const [a, b] of path([start, start + Math.exp(logSpan)], moves)) {
          const got = ticksFor(a, b, count, zone, locale);
          const where = `${zone} ${new Date(a).toISOString()} – ${new Date(b).toISOString()}`;
          expect(got, where).to.deep.equal(computeTicks(a, b, count, zone, locale));
          // And an axis: inside the view, each tick after the one before.
          expect(got.every((t, i) => t.at >= a && t.at <= b && (i === 0 || t.at > got[i - 1]!.at)), where).to.equal(true);
        }
      },
    ),
    { numRuns: 200 },
  );
}

/** Property: two views moving together (two timelines on one page) each get their own ticks. */
export function twoViewsAsComputeTicks(ticksFor: TicksFor, count: number): void {
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
          for (const [s, e] of [view, b[i]!]) expect(ticksFor(s, e, count, zone, 'en')).to.deep.equal(computeTicks(s, e, count, zone, 'en'));
        });
      },
    ),
    { numRuns: 100 },
  );
}
