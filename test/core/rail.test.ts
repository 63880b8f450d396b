import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { breakText, firstLineAt, railGutter, spacedTicks, tickLabelSide } from '../../src/core/rail-labels.js';
import { railScale, type RailOptions } from '../../src/core/rail.js';
import { coveredSpans } from '../../src/core/rail-spans.js';

const options: RailOptions = { breakPx: 40, minShare: 0.2, minPx: 150, margin: 20 };
const DAY = 86_400_000;
const t0 = Date.UTC(2024, 0, 1);

/** Points in time, as the rail takes them: a span that starts and ends at once. */
const asPoints = (times: readonly number[]) => times.map((t) => [t, t] as const);

const story = fc
  .tuple(fc.array(fc.integer({ min: 0, max: 365 * DAY }), { maxLength: 40 }), fc.integer({ min: 300, max: 4000 }))
  .map(([offsets, length]) => ({ times: offsets.map((o) => t0 + o).sort((a, b) => a - b), length }));

/** Items of any length (points, days, months, ranges of a season), sorted by start, as the vertical layout hands them over. */
const periods = fc
  .tuple(
    fc.array(fc.tuple(fc.integer({ min: 0, max: 365 * DAY }), fc.oneof(fc.constant(0), fc.constant(DAY), fc.integer({ min: 28 * DAY, max: 31 * DAY }), fc.integer({ min: 0, max: 120 * DAY }))), { maxLength: 30 }),
    fc.integer({ min: 300, max: 4000 }),
  )
  .map(([items, length]) => ({ spans: items.map(([o, d]) => [t0 + o, Math.min(t0 + 366 * DAY, t0 + o + d)] as const).sort((a, b) => a[0] - b[0]), length }));

describe('railScale: time down the rail, long empty stretches cut short', () => {
  it('cuts a long empty stretch into a break, keeping the rest to one scale', () => {
    const view = [t0, t0 + 200 * DAY] as const;
    const times = [t0 + 10 * DAY, t0 + 20 * DAY, t0 + 150 * DAY, t0 + 160 * DAY];
    const { toPx, breaks, perMs } = railScale(view, asPoints(times), 1000, options);
    expect(breaks).to.have.length(1);
    expect(breaks[0]!.start).to.be.greaterThan(times[1]!);
    expect(breaks[0]!.end).to.be.lessThan(times[2]!);
    expect(breaks[0]!.to - breaks[0]!.from).to.equal(40);
    // Proportional on either side of the break, at one scale.
    expect(toPx(times[1]!) - toPx(times[0]!)).to.be.closeTo(10 * DAY * perMs, 1e-6);
    expect(toPx(times[3]!) - toPx(times[2]!)).to.be.closeTo(10 * DAY * perMs, 1e-6);
    // The items beside the break keep their room.
    expect(breaks[0]!.from - toPx(times[1]!)).to.be.closeTo(20, 1e-6);
  });

  it('cuts an empty stretch that is screens long on a long rail, though a small share of the view', () => {
    // Twenty years of items with 40 months of nothing in them: 16 % of the view, 500 px of 3,000.
    const year = 365 * DAY;
    const times = [...Array.from({ length: 40 }, (_, i) => t0 + i * 0.25 * year), ...Array.from({ length: 30 }, (_, i) => t0 + 13.1 * year + i * 0.25 * year)];
    const view = [t0 - year, t0 + 21 * year] as const;
    expect(railScale(view, asPoints(times), 3000, options).breaks, 'by share alone').to.have.length(0);
    const { breaks } = railScale(view, asPoints(times), 3000, { ...options, longPx: 400 });
    expect(breaks).to.have.length(1);
    expect(breaks[0]!.start).to.be.above(times[39]!);
    expect(breaks[0]!.end).to.be.below(times[40]!);
    // On a short rail the same stretch is a short one, and stays.
    expect(railScale(view, asPoints(times), 600, { ...options, longPx: 400 }).breaks).to.have.length(0);
  });

  it('draws a run of items whose time would take a screen for one card in the px its cards need, the rest at the busy stretch’s scale', () => {
    // A day known only as a day, five months before six hours of 300 items, and another after.
    const busy = Array.from({ length: 300 }, (_, i) => t0 + 150 * DAY + i * 72_000);
    const spans: [number, number, number][] = [[t0, t0 + DAY, 1], [busy[0]!, busy.at(-1)!, 300], [t0 + 340 * DAY, t0 + 341 * DAY, 1]];
    const view = [t0 - 10 * DAY, t0 + 351 * DAY] as const;
    // Fitted: the room at either end squeezed.
    const plain = railScale(view, spans, 3000, options, [true, true], view);
    const told = railScale(view, spans, 3000, { ...options, itemPx: 250 }, [true, true], view);
    expect(plain.toPx(t0 + DAY) - plain.toPx(t0), 'one scale: a day is a screen').to.be.above(800);
    expect(told.toPx(t0 + DAY) - told.toPx(t0)).to.be.closeTo(250, 1e-6);
    expect(told.toPx(t0 + 341 * DAY) - told.toPx(t0 + 340 * DAY)).to.be.closeTo(250, 1e-6);
    expect(told.scaled.map((r) => [r.start, r.end])).to.deep.equal([[t0, t0 + DAY], [t0 + 340 * DAY, t0 + 341 * DAY]]);
    // The busy hours take what the days gave up.
    expect(told.toPx(busy.at(-1)!) - told.toPx(busy[0]!)).to.be.above(plain.toPx(busy.at(-1)!) - plain.toPx(busy[0]!) + 1000);
    // A run that needs its time keeps the one scale: the busy hours are not among those scaled.
    expect(told.perMs * (busy.at(-1)! - busy[0]!)).to.be.closeTo(told.toPx(busy.at(-1)!) - told.toPx(busy[0]!), 1e-6);
  });

  it('property: with runs drawn in what their cards need, monotonic from 0 to the rail’s length, no break inside a run, a run drawn at a scale of its own never larger than at the rail’s, nor smaller than its cards’ room a card’s room inside the view', () => {
    fc.assert(
      fc.property(periods, fc.integer({ min: 20, max: 400 }), ({ spans, length }, itemPx) => {
        const view = [t0 - DAY, t0 + 367 * DAY] as const;
        const runs = coveredSpans(spans.map((x) => x[0]), spans.map((x) => x[1]), view);
        const rail = railScale(view, runs, length, { ...options, itemPx });
        expect(rail.toPx(view[0])).to.be.closeTo(0, 1e-6);
        expect(rail.toPx(view[1])).to.be.closeTo(length, 0.5);
        const probes = [view[0], ...runs.flatMap(([a, b]) => [a, b]), view[1]].sort((a, b) => a - b);
        for (let i = 1; i < probes.length; i++) expect(rail.toPx(probes[i]!)).to.be.at.least(rail.toPx(probes[i - 1]!) - 1e-6);
        for (const b of rail.breaks) expect(runs.some(([s, e]) => s < b.end && e > b.start)).to.equal(false);
        const linear = length / (view[1] - view[0]);
        for (const r of rail.scaled) {
          const run = runs.find(([a, b]) => a === r.start && b === r.end)!;
          expect(run, 'a scaled run is a run').to.not.equal(undefined);
          const px = rail.toPx(r.end) - rail.toPx(r.start);
          expect(px).to.be.at.most((r.end - r.start) * rail.perMs + 1e-6);
          if (Math.min(r.start - view[0], view[1] - r.end) * linear >= itemPx) expect(px).to.be.at.least(run[2] * itemPx - 1e-6);
        }
      }),
    );
  });

  it('gives the empty minutes after a month-long item, in a view zoomed into its last days, their share of the rail, not the rail', () => {
    // The month's card would take 260 px: drawn in them, the 11 minutes after it took the rest of
    // the rail (1,140 of 1,400 px), the next item being a week on.
    const month: [number, number, number] = [t0, t0 + 31 * DAY, 1];
    const view = [t0 + 28.3 * DAY, t0 + 31 * DAY + 11 * 60_000] as const;
    const visible: [number, number, number] = [view[0], month[1], 1];
    const rail = railScale(view, [visible], 1400, { ...options, itemPx: 260 }, [true, false], [t0 - 2 * DAY, t0 + 40 * DAY], [undefined, t0 + 37 * DAY]);
    const linear = 1400 / (view[1] - view[0]);
    expect(1400 - rail.toPx(month[1])).to.be.at.most(11 * 60_000 * linear + 1e-6);
    expect(rail.toPx(month[1])).to.be.above(1390);
  });

  it('gives the last minutes of a story’s last item, in a view panned on past it, no more than its card’s room: the rest is the room after it, with ticks', () => {
    // Drawn at the items' scale beside the room squeezed into two margins, its last five minutes took all but those.
    const day: [number, number] = [t0 + 30 * DAY, t0 + 31 * DAY];
    const view = [day[1] - 5 * 60_000, day[1] + 4 * DAY] as const;
    const rail = railScale(view, [[view[0], day[1], 1]], 1400, { ...options, itemPx: 260 }, [false, true], [t0 - 2 * DAY, day[1] + 8 * DAY], [t0 + 20 * DAY, undefined]);
    expect(rail.toPx(day[1])).to.be.at.most(260);
    expect(rail.toPx(view[1])).to.be.closeTo(1400, 1e-6);
    // That room takes the rail, so it is drawn at a scale of its own, with ticks for it (a squeezed one has none).
    expect(rail.squeezed).to.deep.equal([]);
    expect(rail.scaled.map((r) => [r.start, r.end])).to.deep.equal([[day[1], view[1]]]);
  });

  it('property: the view’s time at the rail’s scale takes no more px than its share of the unbroken rail, the room of its cards and the breaks’ margins', () => {
    const views = fc.tuple(fc.integer({ min: -30, max: 380 }), fc.double({ min: 0.01, max: 200, noNaN: true }));
    fc.assert(
      fc.property(periods, views, fc.integer({ min: 20, max: 400 }), ({ spans, length }, [from, days], itemPx) => {
        const view = [t0 + from * DAY, t0 + from * DAY + days * DAY] as const;
        const [v0, v1] = view;
        const inView = spans.filter(([s, e]) => e >= v0 && s <= v1);
        // (Every item at one instant: the room below it is where their cards stand, the rest of the rail.)
        fc.pre(new Set(inView.flat()).size > 1);
        const before = spans.filter(([, e]) => e < v0).map(([, e]) => e);
        const after = spans.filter(([s]) => s > v1).map(([s]) => s);
        const runs = coveredSpans(inView.map(([s]) => s), inView.map(([, e]) => e), view);
        const fitted = [spans[0]![0] - 5 * DAY, Math.max(...spans.map(([, e]) => e)) + 5 * DAY] as const;
        const beyond = [before.length > 0 ? Math.max(...before) : undefined, after.length > 0 ? Math.min(...after) : undefined] as const;
        const rail = railScale(view, runs, length, { ...options, itemPx }, [before.length === 0, after.length === 0], fitted, beyond);
        const px = (a: number, b: number) => rail.toPx(Math.min(v1, Math.max(v0, b))) - rail.toPx(Math.min(v1, Math.max(v0, a)));
        const ms = (a: number, b: number) => Math.max(0, Math.min(v1, b) - Math.max(v0, a));
        // Gaps at the view's ends cut in part are drawn at a scale of their own as breaks are, in part.
        const isRun = (r: { start: number; end: number }) => runs.some(([a, b]) => a === r.start && b === r.end);
        const cut = [...rail.breaks, ...rail.scaled.filter((r) => !isRun(r))];
        const own = [...rail.scaled.filter(isRun), ...rail.squeezed];
        const breakPx = cut.reduce((sum, b) => sum + px(b.start, b.end), 0);
        const breakMs = cut.reduce((sum, b) => sum + ms(b.start, b.end), 0);
        const atScaleMs = v1 - v0 - breakMs - own.reduce((sum, r) => sum + ms(r.start, r.end), 0);
        const atScalePx = length - breakPx - own.reduce((sum, r) => sum + px(r.start, r.end), 0);
        const cards = runs.filter(([a, b]) => !rail.scaled.some((r) => r.start === a && r.end === b)).reduce((sum, [, , count]) => sum + count, 0);
        const share = (atScaleMs * (length - breakPx)) / (v1 - v0 - breakMs);
        expect(atScalePx).to.be.at.most(share + cards * itemPx + 2 * options.margin * rail.breaks.length + 1e-6);
      }),
    );
  });

  it('property: monotonic, from 0 at the view’s start to the rail’s length at its end, breaks inside gaps between items', () => {
    fc.assert(
      fc.property(story, ({ times, length }) => {
        const view = [t0 - DAY, t0 + 366 * DAY] as const;
        const { toPx, breaks } = railScale(view, asPoints(times), length, options);
        expect(toPx(view[0])).to.be.closeTo(0, 1e-6);
        expect(toPx(view[1])).to.be.closeTo(length, 1e-6);
        for (let i = 1; i < times.length; i++) expect(toPx(times[i]!)).to.be.at.least(toPx(times[i - 1]!));
        expect(breaks.length * options.breakPx).to.be.at.most(length / 2);
        for (const b of breaks) {
          expect(times.some((t) => t > b.start && t < b.end)).to.equal(false);
          expect(toPx(b.start)).to.be.closeTo(b.from, 1e-6);
          expect(toPx(b.end)).to.be.closeTo(b.to, 1e-6);
        }
      }),
    );
  });

  it('keeps a window from one instant item to another linear: every stretch between them is empty, and nothing is left to give the room to', () => {
    const times = [t0, t0 + 20 * DAY, t0 + 40 * DAY, t0 + 60 * DAY];
    const { toPx, toMs, breaks } = railScale([t0, t0 + 60 * DAY], asPoints(times), 600, options);
    expect(breaks).to.deep.equal([]);
    expect(times.map(toPx)).to.deep.equal([0, 200, 400, 600]);
    expect(toMs(300)).to.equal(t0 + 30 * DAY);
  });

  it('property: a window that begins and ends at items draws every item at a finite place, in time order, from 0 to the rail’s length', () => {
    fc.assert(
      fc.property(story, fc.nat(), fc.nat(), ({ times, length }, a, b) => {
        fc.pre(times.length >= 2);
        const first = times[a % times.length]!;
        const last = times[b % times.length]!;
        // A window is a minute or more (ZOOM_LIMITS).
        fc.pre(last - first >= 60_000);
        const inside = times.filter((t) => t >= first && t <= last);
        const { toPx, toMs } = railScale([first, last], asPoints(inside), length, options);
        const places = inside.map(toPx);
        for (const p of places) expect(Number.isFinite(p)).to.equal(true);
        for (let i = 1; i < places.length; i++) expect(places[i]!).to.be.at.least(places[i - 1]!);
        // To half a pixel: a break's ends are epoch milliseconds with a fraction, rounded to about 0.0002 ms.
        expect(places[0]).to.be.closeTo(0, 0.5);
        expect(places[places.length - 1]).to.be.closeTo(length, 0.5);
        expect(Number.isFinite(toMs(length / 2))).to.equal(true);
      }),
      // Items a millisecond apart in a minute's window (found by a run): the rail's end fell half a px off.
      { examples: [[{ times: [t0 + 14, t0 + 15, t0 + 60_014], length: 2845 }, 0, 1946157038]] },
    );
  });

  it('property: toMs reads back the time drawn at a place on the rail, in a break too', () => {
    fc.assert(
      fc.property(story, fc.double({ min: 0, max: 1, noNaN: true }), ({ times, length }, share) => {
        const view = [t0 - DAY, t0 + 366 * DAY] as const;
        const { toPx, toMs } = railScale(view, asPoints(times), length, options);
        const px = share * length;
        // A place on the rail names the time drawn there, within a millisecond…
        expect(toPx(toMs(px))).to.be.closeTo(px, 1e-3);
        // …and every item's time is found at its own place.
        for (const t of times) expect(toMs(toPx(t))).to.be.closeTo(t, 1);
        expect(toMs(0)).to.be.closeTo(view[0], 1);
        expect(toMs(length)).to.be.closeTo(view[1], 1);
      }),
    );
  });

  it('never cuts into a month an item is drawn over: the break starts where the month ends', () => {
    // October 2024 (a month-precision item), then a point in late January 2025, in a view of the two.
    const october: readonly [number, number] = [Date.UTC(2024, 9, 1), Date.UTC(2024, 10, 1)];
    const january = Date.UTC(2025, 0, 28);
    const view = [Date.UTC(2024, 8, 20), Date.UTC(2025, 1, 5)] as const;
    const { toPx, breaks, perMs } = railScale(view, [october, [january, january]], 1000, options);
    expect(breaks).to.have.length(1);
    expect(breaks[0]!.start).to.be.at.least(october[1]);
    expect(breaks[0]!.end).to.be.at.most(january);
    // The whole month is drawn to the rail's one scale.
    expect(toPx(october[1]) - toPx(october[0])).to.be.closeTo(31 * DAY * perMs, 1e-6);
    // Cut by the starts alone, the stretch from 1 October on would have been a break.
    const byStarts = railScale(view, asPoints([october[0], january]), 1000, options);
    expect(byStarts.breaks[0]!.start).to.be.below(october[1]);
  });

  it('property: no break falls inside the time an item spans; an item’s own time is drawn at the rail’s one scale', () => {
    fc.assert(
      fc.property(periods, ({ spans, length }) => {
        const view = [t0 - DAY, t0 + 367 * DAY] as const;
        const { toPx, breaks, perMs } = railScale(view, spans, length, options);
        expect(toPx(view[0])).to.be.closeTo(0, 1e-6);
        expect(toPx(view[1])).to.be.closeTo(length, 1e-6);
        for (const b of breaks) for (const [start, end] of spans) expect(end <= b.start || start >= b.end, `[${start}, ${end}] against a break [${b.start}, ${b.end}]`).to.equal(true);
        // An item's own time is drawn at the scale of the rail outside the breaks.
        for (const [start, end] of spans) expect(toPx(end) - toPx(start)).to.be.closeTo((end - start) * perMs, 1e-6 * length);
      }),
    );
  });

  it('property: the covered spans of items give the rail every item gives it, in a pair per run of overlapping items', () => {
    // Views that cut items at either end, or hold none of them.
    const views = fc.tuple(fc.integer({ min: -30, max: 380 }), fc.integer({ min: 1, max: 400 })).map(([from, days]) => [t0 + from * DAY, t0 + (from + days) * DAY] as const);
    fc.assert(
      fc.property(periods, views, ({ spans, length }, view) => {
        const [v0, v1] = view;
        const perItem = spans.filter(([start, end]) => start <= v1 && end >= v0).map(([start, end]) => [Math.max(v0, start), Math.min(v1, end)] as const);
        const covered = coveredSpans(
          spans.map(([start]) => start),
          spans.map(([, end]) => end),
          view,
        );
        // In time order, apart from each other, and each time an item covers inside the view is in one.
        for (let i = 1; i < covered.length; i++) expect(covered[i]![0]).to.be.above(covered[i - 1]![1]);
        for (const [start, end] of perItem) expect(covered.some(([a, b]) => a <= start && end <= b)).to.equal(true);
        expect(covered.length).to.be.at.most(perItem.length);
        const a = railScale(view, perItem, length, options);
        const b = railScale(view, covered, length, options);
        expect(b.breaks).to.deep.equal(a.breaks);
        expect(b.perMs).to.equal(a.perMs);
        for (let k = 0; k <= 8; k++) {
          const at = v0 + ((v1 - v0) * k) / 8;
          expect(b.toPx(at)).to.equal(a.toPx(at));
        }
      }),
    );
  });

  it('draws the room a fitted window leaves around a busy hour in two margins at most, not a screen at the hour’s scale', () => {
    // A month before and a month after an hour of items, in a window with 5 % of room at each end.
    const hour = Array.from({ length: 50 }, (_, i) => t0 + 31 * DAY + i * 60_000);
    const times = [t0, ...hour, t0 + 62 * DAY];
    const view = [t0 - 3.1 * DAY, t0 + 65.1 * DAY] as const;
    const closed = railScale(view, asPoints(times), 3000, options);
    const open = railScale(view, asPoints(times), 3000, options, [true, true]);
    // Without room of its own the story's first instant lies a screen down the rail.
    expect(closed.toPx(t0)).to.be.above(500);
    expect(open.toPx(t0)).to.be.closeTo(2 * options.margin, 1e-6);
    expect(3000 - open.toPx(t0 + 62 * DAY)).to.be.closeTo(2 * options.margin, 1e-6);
    expect(open.squeezed).to.deep.equal([
      { start: view[0], end: t0 },
      { start: t0 + 62 * DAY, end: view[1] },
    ]);
    expect(open.above).to.equal(t0);
    // The px the room gave up go to the hour: its items further apart.
    expect(open.toPx(hour[49]!) - open.toPx(hour[0]!)).to.be.above(closed.toPx(hour[49]!) - closed.toPx(hour[0]!));
  });

  it('draws every item at one instant two margins down the rail, the room below it the rest, where their cards stand', () => {
    const at = t0 + 10 * DAY;
    const { toPx, toMs, squeezed } = railScale([at - DAY, at + DAY], asPoints([at, at, at]), 2000, options, [true, true]);
    expect(toPx(at)).to.be.closeTo(2 * options.margin, 1e-6);
    expect(toPx(at + DAY)).to.be.closeTo(2000, 1e-6);
    expect(toMs(1000)).to.be.closeTo(at + DAY * (1000 - 2 * options.margin) / (2000 - 2 * options.margin), 1);
    // The room below is the rail (with its ticks): only the one above is squeezed.
    expect(squeezed).to.deep.equal([{ start: at - DAY, end: at }]);
  });

  it('squeezes only the room of the fitted window: a view panned past it shows the time beyond at the rail’s scale, so the story moves down the rail', () => {
    const hour = Array.from({ length: 50 }, (_, i) => t0 + 31 * DAY + i * 60_000);
    const times = [t0, ...hour, t0 + 62 * DAY];
    const fitted = [t0 - 3.1 * DAY, t0 + 65.1 * DAY] as const;
    const at = (view: readonly [number, number]) => railScale(view, asPoints(times.filter((t) => t <= view[1])), 3000, options, [true, times.at(-1)! <= view[1]], fitted).toPx(t0);
    expect(at(fitted)).to.be.closeTo(2 * options.margin, 1e-6);
    // Panned an hour, a day, two days earlier than the fitted window (the last item still in it): the first item further down each time.
    const places = [0, 3_600_000, DAY, 2 * DAY].map((d) => at([fitted[0] - d, fitted[1] - d]));
    for (let i = 1; i < places.length; i++) expect(places[i]!).to.be.above(places[i - 1]! + 1);
    // Without the fitted window the whole room is squeezed: the item would stay where it was.
    const squeezedAll = railScale([fitted[0] - DAY, fitted[1] - DAY], asPoints(times.filter((t) => t <= fitted[1] - DAY)), 3000, options, [true, false]).toPx(t0);
    expect(squeezedAll).to.be.at.most(2 * options.margin + 1e-6);
  });

  it('moves a story of lone items between breaks, or of one instant, by a hair as its fitted window is panned by a hair: the rail never jumps', () => {
    // Three items months apart (instants alone between breaks), and three at one instant.
    for (const times of [[t0, t0 + 90 * DAY + 3_600_000, t0 + 116 * DAY + 7_200_000], [t0, t0, t0]]) {
      const room = times[2]! - times[0]! ? 0.05 * (times[2]! - times[0]!) : DAY;
      const fitted = [times[0]! - room, times[2]! + room] as const;
      const rail = (by: number) => railScale([fitted[0] + by, fitted[1] + by], asPoints(times), 1200, options, [true, true], fitted);
      const first = rail(0).toPx(times[0]!);
      // A second, a fraction of a ms (a window's ends as a pinch leaves them), a minute, earlier and later.
      for (const by of [-1000, -0.37, 0.37, 1000, -60_000, 60_000]) {
        const moved = rail(by).toPx(times[0]!);
        expect(Math.abs(moved - first), `${by} ms`).to.be.below(1);
        // Panned earlier the items move down the rail, later up it. (One instant keeps its two
        // margins of room above it until less of the room is left than that.)
        if (Math.abs(by) >= 1000 && (by < 0 || times[1] !== times[0])) expect(Math.sign(first - moved), `${times[1]! - times[0]!} apart, ${by} ms`).to.equal(Math.sign(by));
      }
    }
  });

  it('property: with room at open ends, monotonic from 0 to the rail’s length, the room two margins at most, and it shrinks to nothing as the story’s end leaves the view', () => {
    fc.assert(
      fc.property(periods, fc.double({ min: 0, max: 0.2, noNaN: true }), fc.double({ min: 0, max: 0.2, noNaN: true }), ({ spans, length }, before, after) => {
        // Items with time of their own (a story of instants alone between breaks keeps one scale, room and all).
        fc.pre(spans.some(([s, e]) => e > s));
        const first = spans[0]![0];
        const last = Math.max(...spans.map((s) => s[1]));
        fc.pre(last - first >= 60_000);
        const view = [first - before * (last - first), last + after * (last - first)] as const;
        const rail = railScale(view, spans, length, options, [true, true]);
        expect(rail.toPx(view[0])).to.be.closeTo(0, 1e-6);
        expect(rail.toPx(view[1])).to.be.closeTo(length, 0.5);
        const probes = [view[0], ...spans.flat(), view[1]].sort((a, b) => a - b);
        for (let i = 1; i < probes.length; i++) expect(rail.toPx(probes[i]!)).to.be.at.least(rail.toPx(probes[i - 1]!) - 1e-6);
        for (const room of rail.squeezed) expect(rail.toPx(room.end) - rail.toPx(room.start)).to.be.at.most(2 * options.margin + 1e-6);
        // A hair of room is a hair of rail: nothing jumps as the story's first item comes to the view's top.
        // (Drawn at most at the scale the items' own time would have with the whole rail to itself.)
        const hair = (last - first) * 1e-9;
        const own = coveredSpans(spans.map((s) => s[0]), spans.map((s) => s[1]), view).reduce((sum, [s, e]) => sum + (e - s), 0);
        const nearly = railScale([first - hair, view[1]], spans, length, options, [true, true]);
        expect(nearly.toPx(first)).to.be.at.most(Math.min(2 * options.margin, (hair * length) / own) + 1e-6);
        for (const b of rail.breaks) expect(spans.some(([s, e]) => s < b.end && e > b.start)).to.equal(false);
      }),
    );
  });

  /** The rail of `view` over a story of `spans` (sorted by start), as the vertical layout asks for it: what lies in the view, and the nearest items beyond it. */
  const railOfStory = (spans: readonly (readonly [number, number])[], view: readonly [number, number], length: number) => {
    const inView = spans.filter(([s, e]) => e >= view[0] && s <= view[1]);
    const before = spans.filter(([, e]) => e < view[0]).map(([, e]) => e);
    const after = spans.filter(([s]) => s > view[1]).map(([s]) => s);
    const covered = coveredSpans(inView.map(([s]) => s), inView.map(([, e]) => e), view);
    const beyond = [before.length > 0 ? Math.max(...before) : undefined, after.length > 0 ? Math.min(...after) : undefined] as const;
    return railScale(view, covered, length, options, [before.length === 0, after.length === 0], undefined, beyond);
  };

  it('property: a pan slides a break off the rail: as a lone item leaves the view at its top, the busy items below it stay where they were drawn', () => {
    // A lone item, then (a week to two months later) a busy stretch of items hours to a day apart,
    // and an item long after: the view holds the lone item and at least a fifth of its time is the
    // busy stretch's. (Drawn as the view's own room, the gap the break had cut short took the rail
    // the moment the lone item left: the busy items leapt down by a screen.)
    const stories = fc.record({
      gap: fc.integer({ min: 7 * DAY, max: 60 * DAY }),
      busy: fc.array(fc.integer({ min: 3_600_000, max: DAY }), { minLength: 3, maxLength: 30 }),
      length: fc.integer({ min: 600, max: 3000 }),
      share: fc.double({ min: 0.2, max: 0.7, noNaN: true }),
    });
    fc.assert(
      fc.property(stories, ({ gap, busy, length, share }) => {
        const lone = t0;
        const times = [lone];
        for (const step of busy) times.push(times[times.length - 1]! + (times.length === 1 ? gap : step));
        const busyTime = times[times.length - 1]! - times[1]!;
        // The view: the gap and some of the busy stretch, a fifth of its time or more busy.
        const span = Math.max(gap / (1 - share), (busyTime + gap) * 0.5, gap * 1.25);
        fc.pre(span - gap >= 0.2 * span);
        // A gap the rail cuts short, clear of its thresholds (a share of the view, px at a straight scale).
        fc.pre(gap >= 1.2 * options.minShare * span && (gap * length) / span >= 1.2 * options.minPx);
        times.push(times[times.length - 1]! + 3 * span);
        const points = asPoints(times);
        const hair = span * 1e-9;
        const at = (v0: number) => railOfStory(points, [v0, v0 + span], length);
        const inside = at(lone - hair);
        const left = at(lone + hair);
        for (const t of times.slice(1)) {
          if (t > lone + span - hair) continue;
          expect(Math.abs(left.toPx(t) - inside.toPx(t)), `${(t - lone) / DAY} days after the lone item`).to.be.below(1);
        }
        // The break goes on where it was, and halfway through the gap a part of it is left on the rail, from its top.
        expect(left.breaks[0]!.from).to.be.closeTo(inside.breaks[0]!.from, 1);
        const halfway = at(lone + gap / 2).breaks[0]!;
        expect(halfway.from).to.be.below(0);
        expect(halfway.to).to.be.within(0, options.breakPx);
        // The lone item, above the view, is drawn where the rail would draw it with the break in
        // view (its card slides out over the rail's top from there: article.ts), going on up as the
        // view pans down through the gap; at the break's scale it came back towards the top.
        let was = left.toPx(lone);
        expect(was).to.be.closeTo(inside.toPx(lone), 1);
        for (let k = 1; k <= 10; k++) {
          const rail = at(lone + (k * gap) / 10);
          const now = rail.toPx(lone);
          expect(now, `a tenth of the gap later, ${k} times`).to.be.at.most(was + 1e-6);
          if (rail.breaks[0]) expect(rail.breaks[0].from - now, 'its room before the break').to.be.closeTo(options.margin, 1);
          was = now;
        }
      }),
    );
  });

  it('property: with items beyond the view, monotonic from 0 at its start to the rail’s length at its end, and no break inside an item’s time', () => {
    const views = fc.tuple(fc.integer({ min: -30, max: 380 }), fc.integer({ min: 1, max: 200 }));
    fc.assert(
      fc.property(periods, views, ({ spans, length }, [from, days]) => {
        const view = [t0 + from * DAY, t0 + (from + days) * DAY] as const;
        const rail = railOfStory(spans, view, length);
        expect(rail.toPx(view[0])).to.be.closeTo(0, 0.5);
        expect(rail.toPx(view[1])).to.be.closeTo(length, 0.5);
        const probes = [view[0], ...spans.flat().filter((t) => t >= view[0] && t <= view[1]), view[1]].sort((a, b) => a - b);
        for (let i = 1; i < probes.length; i++) expect(rail.toPx(probes[i]!)).to.be.at.least(rail.toPx(probes[i - 1]!) - 1e-6);
        for (const b of rail.breaks) for (const [start, end] of spans) expect(end <= b.start || start >= b.end, `[${start}, ${end}] against a break [${b.start}, ${b.end}]`).to.equal(true);
      }),
    );
  });

  it('says how long a break is, in the largest unit it holds twice', () => {
    expect(breakText(92 * DAY, 'de')).to.equal('3 Monate');
    expect(breakText(92 * DAY, 'en')).to.equal('3 months');
    expect(breakText(3 * 365 * DAY, 'en')).to.equal('3 years');
    expect(breakText(15 * DAY, 'en')).to.equal('2 weeks');
  });
});

describe('tickLabelSide', () => {
  it('keeps a tick label within a rail of a few labels or more wherever the tick is, centred on it away from the ends (fast-check)', () => {
    fc.assert(
      fc.property(fc.double({ min: 4, max: 20, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 80, max: 5000, noNaN: true }), (half, share, length) => {
        const at = share * length;
        const side = tickLabelSide(at, length, half);
        const centre = side === 'below' ? at + half : side === 'above' ? at - half : at;
        expect(centre - half, 'top').to.be.at.least(-1e-9);
        expect(centre + half, 'bottom').to.be.at.most(length + 1e-9);
        if (at >= half && at <= length - half) expect(side).to.equal('centre');
      }),
    );
  });

  it('stands a label of two lines on its tick where a break begins within its reach below, clear of the break’s length written in it (fast-check)', () => {
    fc.assert(
      fc.property(fc.double({ min: 4, max: 20, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 2 }), (half, share, gap, lines) => {
        const length = 2000;
        const at = 100 + share * 1700;
        // A break of 44 px beginning between the tick and three label lines below it.
        const from = at + gap * 6 * half;
        const breaks = [{ from, to: from + 44, start: 0, end: 1 }];
        const side = tickLabelSide(at, length, half, lines, breaks);
        const first = firstLineAt(at, side, half, lines);
        const bottom = first + (2 * lines - 1) * half;
        // Never into the break: the label ends above it (a label of one line centred on its tick
        // ends half a line below it, which a break's margins keep clear of).
        expect(bottom, side).to.be.at.most(Math.max(from, at + half) + 1e-9);
        expect(first - half, 'top').to.be.at.least(0);
        if (lines === 2 && from < at + 3 * half) expect(side).to.equal('above');
      }),
    );
  });
});

describe('railGutter', () => {
  it('leaves room before the rail for the widest label at 0.8 em, a major one bold, never less than asked (fast-check)', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ label: fc.string({ maxLength: 14 }), major: fc.boolean() }), { maxLength: 30 }), fc.double({ min: 4, max: 12, noNaN: true }), fc.integer({ min: 0, max: 120 }), (ticks, perChar, least) => {
        const text = { width: (label: string) => label.length * perChar };
        const gutter = railGutter(ticks, text, least);
        expect(gutter).to.be.at.least(least);
        // The label ends 9 px before the rail (article.styles.ts); bold draws up to a fifth wider.
        for (const { label, major } of ticks) expect(gutter - 9, label).to.be.at.least(text.width(label) * 0.8 * (major ? 1.22 : 1));
      }),
    );
  });
});

describe('spacedTicks', () => {
  /** Where a tick's label lies down the rail, as the element draws it (render-article.ts). */
  const boxOf = (at: number, label: string, length: number, half: number) => {
    const lines = label.split('\n').length;
    const top = firstLineAt(at, tickLabelSide(at, length, half, lines), half, lines) - half;
    return [top, top + 2 * half * lines] as const;
  };
  const rank = (tick: { major: boolean; year?: true }) => (tick.major ? 2 : tick.year ? 1 : 0);

  it('property: keeps ticks in order whose labels never touch, and leaves out only one that would touch a kept label of as large a period (fast-check)', () => {
    const tickArb = fc.record({ at: fc.integer({ min: 0, max: 600 }), lines: fc.integer({ min: 1, max: 2 }), major: fc.boolean(), year: fc.boolean() });
    fc.assert(
      fc.property(fc.array(tickArb, { maxLength: 30 }), fc.double({ min: 5, max: 12, noNaN: true }), (raw, half) => {
        const length = 600;
        const ticks = raw
          .sort((a, b) => a.at - b.at)
          .map((t, i) => ({ at: t.at, label: t.lines === 2 ? `Day ${i}\n${i}:00` : `Tick ${i}`, major: t.major, ...(t.year ? { year: true as const } : {}) }));
        const kept = spacedTicks(ticks, (ms) => ms, length, half, []);
        // In order, each one of those given.
        let from = 0;
        for (const tick of kept) {
          from = ticks.indexOf(tick, from) + 1;
          expect(from, tick.label).to.be.above(0);
        }
        const boxes = kept.map((t) => boxOf(t.at, t.label, length, half));
        boxes.forEach(([top, bottom], i) => {
          for (let k = 0; k < i; k++) expect(Math.max(boxes[k]![0] - bottom, top - boxes[k]![1]), `${kept[k]!.label} / ${kept[i]!.label}`).to.be.at.least(2 - 1e-9);
        });
        for (const tick of ticks) {
          if (kept.includes(tick)) continue;
          const [top, bottom] = boxOf(tick.at, tick.label, length, half);
          const touched = kept.filter((k, i) => boxes[i]![0] < bottom + 2 && boxes[i]![1] + 2 > top);
          expect(touched.length, `${tick.label} left out for nothing`).to.be.above(0);
          expect(Math.max(...touched.map(rank)), `${tick.label} left out for a smaller period`).to.be.at.least(rank(tick));
        }
      }),
      { numRuns: 2000 },
    );
  });
});
