import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { IANAZone } from 'luxon';
import { nearView } from '../../src/core/frame.js';
import { parseTimeline } from '../../src/core/parse.js';
import { placeItems, type PlacementOptions } from '../../src/core/placement.js';
import { zoneNamed } from '../../src/core/zones.js';

const options: PlacementOptions = { width: 1000, laneHeight: 28, headerHeight: 0, pointRadius: 6, labelGap: 6, laneGap: 8, minBandWidth: 4, maxLanes: 5, clusterWidth: 56 };

function denseModel(count: number) {
  return parseTimeline(
    Array.from({ length: count }, (_, i) => ({ id: `e${i}`, title: `Event ${i}`, date: `2024-03-${String((i % 28) + 1).padStart(2, '0')}` })),
    'UTC',
  );
}

describe('clusters: dense stretches become "+N" chips', () => {
  const t0 = Date.UTC(2024, 2, 1);
  const toX = (ms: number) => ((ms - t0) / (29 * 86_400_000)) * 1000;

  it('property: every event is drawn or counted in exactly one cluster, and nothing overlaps', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 400 }), fc.integer({ min: 1, max: 12 }), (count, maxLanes) => {
        const model = denseModel(count);
        const placement = placeItems(model.items, [], toX, () => ({ width: 90, height: 28 }), { ...options, maxLanes });
        const clustered = placement.clusters.reduce((sum, c) => sum + c.count, 0);
        if (placement.items.length + clustered !== count) return false;
        const boxes = [
          ...placement.items.map((p) => ({ x0: p.left, x1: p.right, y: p.y })),
          ...placement.clusters.map((c) => ({ x0: c.x0, x1: c.x1, y: c.y })),
        ];
        for (let i = 0; i < boxes.length; i++) {
          for (let j = i + 1; j < boxes.length; j++) {
            const a = boxes[i]!;
            const b = boxes[j]!;
            if (a.y === b.y && a.x0 < b.x1 && b.x0 < a.x1) return false;
          }
        }
        return placement.rows.every((r) => r.lanes <= maxLanes + 1);
      }),
      { numRuns: 60 },
    );
  });

  it('draws the event holding keyboard focus even where it would be clustered', () => {
    const model = denseModel(200);
    const placement = placeItems(model.items, [], toX, () => ({ width: 90, height: 28 }), { ...options, keepId: 'e199' });
    expect(placement.items.some((p) => p.item.id === 'e199')).to.equal(true);
  });

  it('keeps only the events that can reach the view, and the focused one', () => {
    const model = denseModel(280);
    const view = [Date.UTC(2024, 2, 10), Date.UTC(2024, 2, 12)] as const;
    const near = nearView(model.items, view, 0, 'e0');
    const days = new Set(near.map((i) => new Date(i.start).getUTCDate()));
    expect([...days].sort((a, b) => a - b)).to.deep.equal([1, 9, 10, 11, 12]);
  });
});

describe('zoneNamed: a zone that remembers offsets stays exact', () => {
  it('property: gives the same offset as luxon\'s own zone, across DST transitions', () => {
    const zones = ['Europe/Berlin', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'America/Santiago'];
    fc.assert(
      fc.property(fc.constantFrom(...zones), fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2040, 0, 1) }), (name, ts) => {
        return zoneNamed(name).offset(ts) === IANAZone.create(name).offset(ts);
      }),
      { numRuns: 2000 },
    );
  });

  it('is exact around the spring-forward instant in Berlin', () => {
    const jump = Date.UTC(2024, 2, 31, 1, 0);
    const zone = zoneNamed('Europe/Berlin');
    expect(zone.offset(jump - 1)).to.equal(60);
    expect(zone.offset(jump)).to.equal(120);
  });
});
