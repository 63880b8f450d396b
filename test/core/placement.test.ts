import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseTimeline } from '../../src/core/parse.js';
import { placeItems, type PlacementOptions } from '../../src/core/placement.js';

const options: PlacementOptions = { width: 800, laneHeight: 28, headerHeight: 20, pointRadius: 6, labelGap: 6, laneGap: 8, minBandWidth: 4 };

type Box = { spanStart: number; spanEnd: number; across: number; breadth: number };
function rectsOverlap(a: Box, b: Box): boolean {
  return a.spanStart < b.spanEnd && b.spanStart < a.spanEnd && a.across < b.across + b.breadth && b.across < a.across + a.breadth;
}

const day = fc.integer({ min: 0, max: 365 * 3 }).map((n) => new Date(Date.UTC(2023, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
const eventArb = fc.record({
  title: fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim() !== ''),
  date: fc.oneof(day, day.map((d) => d.slice(0, 7)), day.map((d) => d.slice(0, 4))),
  group: fc.constantFrom(undefined, 'a', 'b'),
});

describe('placeItems: events placed in time, labels never overlapping', () => {
  it('property: no two placed events (marker and wrapped label, its real width and height) overlap, for any events and width', () => {
    fc.assert(
      fc.property(fc.array(eventArb, { maxLength: 80 }), fc.integer({ min: 200, max: 2000 }), fc.integer({ min: 1, max: 6 }), (events, width, maxLines) => {
        const model = parseTimeline(
          { groups: [{ id: 'a', label: 'A' }], events: events.map((e, i) => ({ ...e, id: `e${i}` })) },
          'UTC',
        );
        const t0 = Date.UTC(2023, 0, 1);
        const t1 = Date.UTC(2026, 1, 1);
        const toX = (ms: number) => ((ms - t0) / (t1 - t0)) * width;
        // A label of up to maxLines lines of 20 px: lanes of different heights.
        const size = (item: { title: string; index: number }) => ({ width: Math.min(200, item.title.length * 7), height: 20 * (1 + (item.index % maxLines)) });
        const placement = placeItems(model.items, model.groups, toX, size, { ...options, width, laneSpacing: 4 });
        const placed = placement.items;
        for (let i = 0; i < placed.length; i++) {
          const a = placed[i]!;
          expect(a.labelAlong).to.be.at.least(a.spanStart);
          expect(a.labelAlong + a.labelLength).to.be.at.most(a.spanEnd + 1e-9);
          expect(a.breadth).to.be.at.least(size(a.item).height);
          // The whole label stays inside its row, below the row's heading.
          const row = placement.rows[a.row]!;
          expect(a.across).to.be.at.least(row.across + options.headerHeight);
          expect(a.across + a.breadth).to.be.at.most(row.across + row.breadth + 1e-9);
          for (let j = i + 1; j < placed.length; j++) {
            if (rectsOverlap(a, placed[j]!)) return false;
          }
        }
        return placement.height >= placement.rows.length * options.laneHeight;
      }),
      { numRuns: 150 },
    );
  });

  it('property: with one rowFloors for every window, a row is never shorter than it was in an earlier window nor than its own lanes need, and its items stay inside it', () => {
    fc.assert(
      fc.property(
        fc.array(eventArb, { minLength: 1, maxLength: 60 }),
        fc.array(fc.tuple(fc.double({ min: 0, max: 0.95, noNaN: true }), fc.double({ min: 0.01, max: 1, noNaN: true })), { minLength: 1, maxLength: 6 }),
        (events, windows) => {
          const model = parseTimeline({ groups: [{ id: 'a', label: 'A' }, { id: 'b', label: 'B' }], events: events.map((e, i) => ({ ...e, id: `e${i}` })) }, 'UTC');
          const t0 = Date.UTC(2023, 0, 1);
          const whole = Date.UTC(2026, 1, 1) - t0;
          const size = (item: { title: string; index: number }) => ({ width: Math.min(200, item.title.length * 7), height: 20 * (1 + (item.index % 3)) });
          const floors: number[] = [];
          const before = new Map<string, number>();
          for (const [at, share] of windows) {
            const v0 = t0 + at * whole;
            const v1 = v0 + share * whole * (1 - at);
            const toX = (ms: number) => ((ms - v0) / (v1 - v0)) * 800;
            const kept = placeItems(model.items, model.groups, toX, size, { ...options, laneSpacing: 4, rowFloors: floors });
            const own = placeItems(model.items, model.groups, toX, size, { ...options, laneSpacing: 4 });
            const ownRow = new Map(own.rows.map((row) => [row.group?.id ?? '', row.breadth]));
            // Every row an earlier window had is here still (the one without a group too, empty).
            expect(kept.rows.length).to.be.at.least(before.size);
            kept.rows.forEach((row) => {
              const key = row.group?.id ?? '';
              expect(row.breadth).to.be.at.least((before.get(key) ?? 0) - 1e-9);
              expect(row.breadth).to.be.at.least((ownRow.get(key) ?? 0) - 1e-9);
              before.set(key, row.breadth);
            });
            for (const p of kept.items) {
              const row = kept.rows[p.row]!;
              expect(p.across + p.breadth).to.be.at.most(row.across + row.breadth + 1e-9);
            }
            expect(kept.height).to.be.closeTo(kept.rows.reduce((sum, row) => sum + row.breadth, 0), 1e-6);
          }
        },
      ),
      { numRuns: 120 },
    );
  });

  it('draws a month as a band from its first instant to the next month', () => {
    const model = parseTimeline([{ id: 'm', title: 'Month', date: '2024-10' }], 'UTC');
    const toX = (ms: number) => (ms - Date.UTC(2024, 0, 1)) / 86_400_000;
    const [p] = placeItems(model.items, [], toX, () => ({ width: 50, height: 40 }), options).items;
    expect(p!.item.kind).to.equal('band');
    expect(p!.alongStart).to.be.closeTo(toX(Date.UTC(2024, 9, 1)), 1e-9);
    expect(p!.alongEnd).to.be.closeTo(toX(Date.UTC(2024, 10, 1)), 1e-9);
  });

  it('flips a label to the left of its point near the right edge', () => {
    const model = parseTimeline([{ id: 'p', title: 'Late', date: '2024-12-30' }], 'UTC');
    const toX = () => 790;
    const [p] = placeItems(model.items, [], toX, () => ({ width: 100, height: 40 }), options).items;
    expect(p!.labelAlong + p!.labelLength).to.be.at.most(790);
  });

  it('keeps a label inside the view when it fits on neither side of its point', () => {
    const model = parseTimeline([{ id: 'p', title: 'Wide', date: '2024-12-30' }], 'UTC');
    const [p] = placeItems(model.items, [], () => 100, () => ({ width: 250, height: 40 }), { ...options, width: 300 }).items;
    expect(p!.labelAlong).to.be.at.least(0);
    expect(p!.labelAlong + p!.labelLength).to.be.at.most(300);
  });

  it('reads a row from the top in time order: a later item whose label goes before its marker sits below the earlier one it overlaps', () => {
    const model = parseTimeline(
      [
        { id: 'earlier', title: 'Earlier', date: '2024-10-18' },
        { id: 'later', title: 'Later, with a long title', date: '2024-11-07' },
      ],
      'UTC',
    );
    // The earlier point's label fits after it; the later one's, near the right edge, goes before its marker, over the earlier one.
    const toX = (ms: number) => (ms < Date.UTC(2024, 10, 1) ? 700 : 790);
    const size = (item: { id: string }) => ({ width: item.id === 'earlier' ? 80 : 200, height: 40 });
    const placed = placeItems(model.items, [], toX, size, options).items;
    const [earlier, later] = ['earlier', 'later'].map((id) => placed.find((p) => p.item.id === id)!);
    expect(later!.spanStart, 'the later one reaches further left').to.be.below(earlier!.spanStart);
    expect(earlier!.across, 'the earlier one on top').to.be.below(later!.across);
  });

  it('property: where every item fits, an item is in the lowest lane no earlier item there overlaps: later ones never push it down', () => {
    fc.assert(
      fc.property(fc.array(eventArb, { maxLength: 60 }), fc.integer({ min: 200, max: 2000 }), (events, width) => {
        const model = parseTimeline({ events: events.map((e, i) => ({ ...e, id: `e${i}`, group: undefined })) }, 'UTC');
        const t0 = Date.UTC(2023, 0, 1);
        const t1 = Date.UTC(2026, 1, 1);
        const toX = (ms: number) => ((ms - t0) / (t1 - t0)) * width;
        const placement = placeItems(model.items, [], toX, (item) => ({ width: Math.min(200, item.title.length * 7), height: 20 }), { ...options, width });
        const placed = placement.items;
        expect(placed.length, 'every item drawn').to.equal(model.items.length);
        const lanes = [...new Set(placed.map((p) => p.across))].sort((a, b) => a - b);
        // Earlier: before it in the model's time order (not the input's).
        const order = new Map(model.items.map((item, k) => [item, k]));
        const overlap = (a: Box, b: Box) => a.spanStart < b.spanEnd + options.laneGap && b.spanStart < a.spanEnd + options.laneGap;
        for (const p of placed) {
          for (const above of lanes.filter((across) => across < p.across)) {
            const blocker = placed.some((q) => q.across === above && order.get(q.item)! < order.get(p.item)! && overlap(q, p));
            if (!blocker) return false;
          }
        }
        return true;
      }),
      { numRuns: 150 },
    );
  });

  it('makes a lane as tall as its tallest label, and the next lane start below it', () => {
    const model = parseTimeline(
      [
        { id: 'tall', title: 'Tall', date: '2024-01-01' },
        { id: 'short', title: 'Short', date: '2024-01-01' },
      ],
      'UTC',
    );
    const heights: Record<string, number> = { tall: 90, short: 30 };
    const placement = placeItems(model.items, [], () => 10, (item) => ({ width: 60, height: heights[item.id]! }), { ...options, laneSpacing: 6 });
    const y = (id: string) => placement.items.find((p) => p.item.id === id)!.across;
    expect(Math.abs(y('short') - y('tall'))).to.equal(y('short') > y('tall') ? 96 : 36);
    expect(placement.height).to.equal(90 + 6 + 30 + 6);
  });

  it('gives each group its own row, in the order of the groups list, ungrouped last', () => {
    const model = parseTimeline(
      {
        groups: [
          { id: 'b', label: 'B' },
          { id: 'a', label: 'A' },
        ],
        events: [
          { id: '1', title: 'one', date: '2024-01-01', group: 'a' },
          { id: '2', title: 'two', date: '2024-01-01', group: 'b' },
          { id: '3', title: 'three', date: '2024-01-01' },
        ],
      },
      'UTC',
    );
    const placement = placeItems(model.items, model.groups, () => 10, () => ({ width: 40, height: 40 }), options);
    expect(placement.rows.map((r) => r.group?.id)).to.deep.equal(['b', 'a', undefined]);
    const y = (id: string) => placement.items.find((p) => p.item.id === id)!.across;
    expect(y('2')).to.be.lessThan(y('1'));
    expect(y('1')).to.be.lessThan(y('3'));
  });
});
