import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseTimeline } from '../../src/core/parse.js';
import { placeItems, type PlacementOptions } from '../../src/core/placement.js';

const options: PlacementOptions = { width: 800, laneHeight: 28, headerHeight: 20, pointRadius: 6, labelGap: 6, laneGap: 8, minBandWidth: 4 };

function rectsOverlap(a: { left: number; right: number; y: number }, b: { left: number; right: number; y: number }, h: number): boolean {
  return a.left < b.right && b.left < a.right && a.y < b.y + h && b.y < a.y + h;
}

const day = fc.integer({ min: 0, max: 365 * 3 }).map((n) => new Date(Date.UTC(2023, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
const eventArb = fc.record({
  title: fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim() !== ''),
  date: fc.oneof(day, day.map((d) => d.slice(0, 7)), day.map((d) => d.slice(0, 4))),
  group: fc.constantFrom(undefined, 'a', 'b'),
});

describe('placeItems: events placed in time, labels never overlapping', () => {
  it('property: no two placed events (marker and label) overlap, for any events and width', () => {
    fc.assert(
      fc.property(fc.array(eventArb, { maxLength: 80 }), fc.integer({ min: 200, max: 2000 }), (events, width) => {
        const model = parseTimeline(
          { groups: [{ id: 'a', label: 'A' }], events: events.map((e, i) => ({ ...e, id: `e${i}` })) },
          'UTC',
        );
        const t0 = Date.UTC(2023, 0, 1);
        const t1 = Date.UTC(2026, 1, 1);
        const toX = (ms: number) => ((ms - t0) / (t1 - t0)) * width;
        const placement = placeItems(model.items, model.groups, toX, (item) => item.title.length * 7, { ...options, width });
        const placed = placement.items;
        for (let i = 0; i < placed.length; i++) {
          const a = placed[i]!;
          expect(a.labelX).to.be.at.least(a.left);
          expect(a.labelX + a.labelWidth).to.be.at.most(a.right + 1e-9);
          for (let j = i + 1; j < placed.length; j++) {
            if (rectsOverlap(a, placed[j]!, options.laneHeight)) return false;
          }
        }
        return placement.height >= placement.rows.length * options.laneHeight;
      }),
      { numRuns: 150 },
    );
  });

  it('draws a month as a band from its first instant to the next month', () => {
    const model = parseTimeline([{ id: 'm', title: 'Month', date: '2024-10' }], 'UTC');
    const toX = (ms: number) => (ms - Date.UTC(2024, 0, 1)) / 86_400_000;
    const [p] = placeItems(model.items, [], toX, () => 50, options).items;
    expect(p!.item.kind).to.equal('band');
    expect(p!.x0).to.be.closeTo(toX(Date.UTC(2024, 9, 1)), 1e-9);
    expect(p!.x1).to.be.closeTo(toX(Date.UTC(2024, 10, 1)), 1e-9);
  });

  it('flips a label to the left of its point near the right edge', () => {
    const model = parseTimeline([{ id: 'p', title: 'Late', date: '2024-12-30' }], 'UTC');
    const toX = () => 790;
    const [p] = placeItems(model.items, [], toX, () => 100, options).items;
    expect(p!.labelX + p!.labelWidth).to.be.at.most(790);
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
    const placement = placeItems(model.items, model.groups, () => 10, () => 40, options);
    expect(placement.rows.map((r) => r.group?.id)).to.deep.equal(['b', 'a', undefined]);
    const y = (id: string) => placement.items.find((p) => p.item.id === id)!.y;
    expect(y('2')).to.be.lessThan(y('1'));
    expect(y('1')).to.be.lessThan(y('3'));
  });
});
