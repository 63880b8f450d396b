import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { chipAction, clusterMembers } from '../../src/core/cluster-members.js';
import { parseTimeline } from '../../src/core/parse.js';
import { placeItems, type PlacementOptions } from '../../src/core/placement.js';
import { ZOOM_LIMITS, type View } from '../../src/core/view.js';

const options: PlacementOptions = { width: 800, laneHeight: 28, headerHeight: 22, pointRadius: 6, labelGap: 6, laneGap: 8, minBandWidth: 4, maxLanes: 3, clusterWidth: 56 };
const t0 = Date.UTC(2024, 0, 1);
const DAY = 86_400_000;

describe('chips: which events a "+N" chip holds, and what activating it does', () => {
  it('finds again exactly the events each chip counted, with or without groups', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ day: fc.integer({ min: 0, max: 30 }), minute: fc.integer({ min: 0, max: 1439 }), group: fc.constantFrom(undefined, 'x', 'y') }), { minLength: 1, maxLength: 150 }),
        fc.boolean(),
        (specs, grouped) => {
          const model = parseTimeline(
            specs.map((s, i) => ({
              id: `e${i}`,
              title: `Event ${i}`,
              date: new Date(t0 + s.day * DAY + s.minute * 60_000).toISOString().slice(0, 16) + 'Z',
              ...(grouped && s.group ? { group: s.group } : {}),
            })),
            'UTC',
          );
          const toX = (ms: number) => ((ms - t0) / (31 * DAY)) * options.width;
          const placement = placeItems(model.items, model.groups, toX, () => ({ width: 60, height: 28 }), options);
          const drawn = new Set(placement.items.map((p) => p.item.id));
          const seen = new Set<string>();
          for (const c of placement.clusters) {
            const members = clusterMembers(model.items, c, placement.rows, drawn);
            expect(members).to.have.length(c.count);
            for (const m of members) {
              expect(drawn.has(m.id)).to.equal(false);
              expect(seen.has(m.id), 'in two chips').to.equal(false);
              seen.add(m.id);
              expect(m.start).to.be.within(c.start, c.end);
            }
          }
          expect(seen.size + drawn.size).to.equal(model.items.length);
        },
      ),
    );
  });

  it('always makes progress: a zoom to less than three quarters of the span, or a list', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 10 * DAY }), { minLength: 1, maxLength: 40 }),
        fc.integer({ min: ZOOM_LIMITS.minSpan, max: 400 * DAY }),
        (offsets, span) => {
          const model = parseTimeline(offsets.map((o, i) => ({ id: `e${i}`, title: 'x', date: new Date(t0 + o).toISOString() })), 'UTC');
          const current: View = [t0 - span / 2, t0 + span / 2];
          const action = chipAction(model.items, current);
          if (action.kind === 'list') return;
          const [from, to] = action.view;
          expect(to - from).to.be.below(0.75 * span);
          expect(to - from).to.be.at.least(ZOOM_LIMITS.minSpan - 1);
          for (const item of model.items) expect(item.start).to.be.within(from, to);
        },
      ),
    );
  });

  it('lists events at one instant, whatever the view', () => {
    const model = parseTimeline([1, 2, 3].map((i) => ({ id: `s${i}`, title: 'Same', date: '2024-06-01T12:00Z' })), 'UTC');
    expect(chipAction(model.items, [t0, t0 + 365 * DAY])).to.deep.equal({ kind: 'list' });
  });
});
