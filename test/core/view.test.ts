import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { fitDomain } from '../../src/core/domain.js';
import { parseTimeline } from '../../src/core/parse.js';
import { instantOf } from '../../src/core/precision.js';
import { clampView, DATE_LIMIT_MS, isDrawableInstant, VIEW_LIMIT_MS, panToInclude, viewFromRange, ZOOM_LIMITS, zoomInAnchor, zoomView } from '../../src/core/view.js';
import { interpolateView } from '../../src/core/interpolate-view.js';

const DAY = 86_400_000;

describe('views: the visible window of time', () => {
  it('keeps a view between a minute and the whole range of dates, around its centre', () => {
    expect(clampView([0, 1000])).to.deep.equal([500 - ZOOM_LIMITS.minSpan / 2, 500 + ZOOM_LIMITS.minSpan / 2]);
    const [a, b] = clampView([0, ZOOM_LIMITS.maxSpan * 3]);
    expect(b - a).to.equal(ZOOM_LIMITS.maxSpan);
  });

  it('property: the zoom-in button about its anchor keeps an item in the window wherever the view had one, and zooms about the middle where the middle half has one', () => {
    const item = fc
      .tuple(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 200 }), fc.constantFrom('point', 'band'))
      .map(([s, len, kind]) => ({ start: s * DAY, end: (s + len) * DAY, kind }));
    fc.assert(
      fc.property(fc.array(item, { maxLength: 30 }), fc.integer({ min: 0, max: 900 }), fc.integer({ min: 2, max: 600 }), (items, from, days) => {
        const view: [number, number] = [from * DAY, (from + days) * DAY];
        const at = zoomInAnchor(view, items);
        const next = zoomView(view, 2, ...(at === undefined ? [] : [at]));
        // A point is where its marker is, at its start (a day's end may be on screen without it).
        const meets = (v: readonly [number, number]) => items.some((i) => (i.kind === 'point' ? i.start : i.end) >= v[0] && i.start <= v[1]);
        if (meets(view)) expect(meets(next), 'an item in the window reached').to.equal(true);
        if (at === undefined) expect(next).to.deep.equal(zoomView(view, 2));
        else {
          // Kept where it was on screen.
          expect((at - next[0]) / (next[1] - next[0])).to.be.closeTo((at - view[0]) / (view[1] - view[0]), 1e-9);
          expect(meets(zoomView(view, 2)), 'only where the middle half had none').to.equal(false);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('property: a clamped view lies inside the range of dates and within the zoom limits', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e17, max: 1e17, noNaN: true }), fc.double({ min: 1, max: 1e17, noNaN: true }), (start, span) => {
        const [a, b] = clampView([start, start + span]);
        return isDrawableInstant(a) && isDrawableInstant(b) && b - a >= ZOOM_LIMITS.minSpan - 1 && b - a <= ZOOM_LIMITS.maxSpan + 1;
      }),
    );
    expect(clampView([DATE_LIMIT_MS - 10, DATE_LIMIT_MS])).to.deep.equal([VIEW_LIMIT_MS - ZOOM_LIMITS.minSpan, VIEW_LIMIT_MS]);
  });

  it('keeps a window more than a day inside the range of dates, so that both its ends are a date in every zone', () => {
    // At the range's very ends, luxon's wall-clock time lay outside it in a zone behind UTC (the
    // first instant) or ahead of it (the last): `start` or `end` was written as "".
    const zones = ['America/New_York', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Asia/Manila', 'Europe/Berlin'];
    for (const view of [clampView([-1e17, 1e17]), clampView([-1e17, -1e17 + DAY]), clampView([1e17 - DAY, 1e17])]) {
      for (const zone of zones) {
        for (const at of view) expect(DateTime.fromMillis(at, { zone }).toISO(), `${at} in ${zone}`).to.match(/^[+-]?\d+-\d\d-\d\dT/);
      }
    }
    expect(clampView([-1e17, 1e17])).to.deep.equal([-VIEW_LIMIT_MS, VIEW_LIMIT_MS]);
    expect(DATE_LIMIT_MS - VIEW_LIMIT_MS).to.be.within(DAY, 2 * DAY);
  });

  it('property: zooming keeps the anchor instant at the same fraction of the view', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), fc.integer({ min: 10 * DAY, max: 1000 * DAY }), fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(2, 0.5), (start, span, at, factor) => {
        const view = [start, start + span] as const;
        const anchor = start + at * span;
        const [s, e] = zoomView(view, factor, anchor);
        return Math.abs((anchor - s) / (e - s) - at) < 1e-6 && Math.abs((e - s) * factor - span) < 1;
      }),
    );
  });

  it('property: zooming in about an instant outside the view stays inside the view', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), fc.integer({ min: 10 * DAY, max: 1000 * DAY }), fc.double({ min: 1, max: 5, noNaN: true }), fc.boolean(), (start, span, away, before) => {
        const anchor = before ? start - away * span : start + span + away * span;
        const [s, e] = zoomView([start, start + span], 2, anchor);
        return s >= start - 1 && e <= start + span + 1 && Math.abs((e - s) * 2 - span) < 1;
      }),
    );
  });

  it('property: zooming can put the anchor instant at another fraction of the view', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), fc.integer({ min: 10 * DAY, max: 1000 * DAY }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(2, 0.5), (start, span, at, share, factor) => {
        const anchor = start + at * span;
        const [s, e] = zoomView([start, start + span], factor, anchor, share);
        return Math.abs((anchor - s) / (e - s) - share) < 1e-6 && Math.abs((e - s) * factor - span) < 1;
      }),
    );
  });

  it('pans just enough to bring a period into view, and not at all when it is in view', () => {
    const view = [0, 100 * DAY] as const;
    expect(panToInclude(view, 10 * DAY, 11 * DAY)).to.equal(view);
    // Near an edge, or reaching past it, still in view: the window stays.
    expect(panToInclude(view, 1 * DAY, 1 * DAY)).to.equal(view);
    expect(panToInclude(view, 99.5 * DAY, 99.5 * DAY)).to.equal(view);
    expect(panToInclude(view, -30 * DAY, 2 * DAY)).to.equal(view);
    expect(panToInclude(view, -300 * DAY, 300 * DAY)).to.equal(view);
    const [before] = panToInclude(view, -20 * DAY, -10 * DAY);
    expect(before).to.equal(-20 * DAY - 5 * DAY);
    // A period that ends where the view starts, or starts where it ends, is not in it: it is brought in.
    expect(panToInclude(view, -31 * DAY, 0)[0]).to.equal(-31 * DAY - 5 * DAY);
    expect(panToInclude(view, 100 * DAY, 131 * DAY)[1]).to.equal(131 * DAY + 5 * DAY);
    // Moved to by a key: a period that fits is shown whole; one longer than the view stays as it is.
    expect(panToInclude(view, 99 * DAY, 101 * DAY)).to.equal(view);
    expect(panToInclude(view, 99 * DAY, 101 * DAY, true)[1]).to.equal(101 * DAY + 5 * DAY);
    expect(panToInclude(view, -1 * DAY, 1 * DAY, true)[0]).to.equal(-1 * DAY - 5 * DAY);
    expect(panToInclude(view, 1 * DAY, 1 * DAY, true)).to.equal(view);
    expect(panToInclude(view, -30 * DAY, 200 * DAY, true)).to.equal(view);
    const [s, e] = panToInclude(view, 150 * DAY, 151 * DAY);
    expect(e - s).to.equal(100 * DAY);
    expect(e).to.be.greaterThan(151 * DAY);
  });

  it('interpolates from one view to the other', () => {
    expect(interpolateView([0, 10], [100, 120], 0)).to.deep.equal([0, 10]);
    const [s, e] = interpolateView([0, 10], [100, 120], 1);
    expect(s).to.be.closeTo(100, 1e-9);
    expect(e).to.be.closeTo(120, 1e-9);
  });

  it('reads the start and end attributes: a whole period, or the current span moved', () => {
    const from = instantOf('2024-10', 'start', 'UTC');
    const to = instantOf('2024-10', 'end', 'UTC');
    expect(viewFromRange(from, to, undefined)).to.deep.equal([Date.UTC(2024, 9, 1), Date.UTC(2024, 10, 1)]);
    expect(viewFromRange(Date.UTC(2024, 0, 1), undefined, [0, 10 * DAY])).to.deep.equal([Date.UTC(2024, 0, 1), Date.UTC(2024, 0, 11)]);
    expect(viewFromRange(5, 1, [0, 10])).to.equal(undefined);
    expect(instantOf('not a date', 'start', 'UTC')).to.equal(undefined);
    expect(instantOf(new Date('2024-01-01T00:00:00Z'), 'end', 'UTC')).to.equal(Date.UTC(2024, 0, 1));
  });

  it('fits items known to the day or coarser in a week at least, never finer than the data; items with times as close as they are', () => {
    const one = fitDomain(parseTimeline([{ id: 'a', title: 'x', date: '2024-11-18' }], 'UTC').items)!;
    expect(one[1] - one[0]).to.equal(7 * DAY);
    // The day in the middle of the week.
    expect((one[0] + one[1]) / 2).to.equal(Date.UTC(2024, 10, 18, 12));
    const twoDays = fitDomain(parseTimeline([{ id: 'a', title: 'x', date: '2024-11-18' }, { id: 'b', title: 'y', date: '2024-11-20' }], 'UTC').items)!;
    expect(twoDays[1] - twoDays[0]).to.equal(7 * DAY);
    const minutes = fitDomain(parseTimeline([{ id: 'a', title: 'x', date: '2024-11-18T14:00' }, { id: 'b', title: 'y', date: '2024-11-18T14:30' }], 'UTC').items)!;
    expect(minutes[1] - minutes[0]).to.be.below(DAY / 12);
    const months = fitDomain(parseTimeline([{ id: 'a', title: 'x', date: '2024-01' }, { id: 'b', title: 'y', date: '2024-11' }], 'UTC').items)!;
    expect(months[1] - months[0]).to.be.above(300 * DAY);
  });

  it('fits a story that reaches the ends of the range of dates inside it, every item held', () => {
    for (const dates of [['2020', '+275000'], ['-271000', '2020'], ['-271820', '+275759'], ['+275759-12-31T23:59']]) {
      const model = parseTimeline(dates.map((date, i) => ({ id: `e${i}`, title: 'x', date })), 'UTC');
      const fitted = fitDomain(model.items)!;
      expect(fitted[0], dates.join(' ')).to.be.at.least(-DATE_LIMIT_MS);
      expect(fitted[1], dates.join(' ')).to.be.at.most(DATE_LIMIT_MS);
      for (const item of model.items) expect(fitted[0] <= item.start && item.end <= fitted[1], dates.join(' ')).to.equal(true);
    }
  });

  it('property: a fitted window holds every item and is one the zoom limits keep as it is, for items seconds to years apart', () => {
    // A fitted window narrower than the limit was snapped to it by the first gesture (a click on
    // a card in the vertical layout moved the window) and every zoom in zoomed out.
    const base = Date.UTC(2024, 10, 18, 14);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 600 }), { minLength: 2, maxLength: 12 }), fc.constantFrom(1_000, 60_000, DAY), (offsets, unit) => {
        // Written to the second: `2024-11-18T14:00:05`.
        const events = offsets.map((o, i) => ({ id: `e${i}`, title: 'x', date: new Date(base + o * unit).toISOString().slice(0, 19) }));
        const model = parseTimeline(events, 'UTC');
        const fitted = fitDomain(model.items)!;
        for (const item of model.items) expect(fitted[0] <= item.start && item.end <= fitted[1]).to.equal(true);
        expect(clampView(fitted)).to.deep.equal(fitted);
      }),
    );
  });
});
