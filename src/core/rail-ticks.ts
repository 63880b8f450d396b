import { chooseInterval, computeTicks, type Tick } from './ticks.js';

/** computeTicks makes at most this many; a list that long may stop before its view's end. */
const MOST = 200;
/** Kept per interval, zone, locale and stretch: a few, for a rail cut by breaks and a page with more than one vertical timeline. */
const KEPT = 16;
/** The last instant a JavaScript date can hold, either side of 1970: a list made beyond a view stops there. */
const EDGE = 8.64e15;

/** The ticks the rails drew, per interval, zone and locale, with the view they were made for. */
const made = new Map<string, { from: number; to: number; ticks: readonly Tick[] }>();
/** The view each rail stretch last made a list for (at any interval; a view served from one is not noted), per zone and locale: a view inside it is a zoom in. */
const asked = new Map<string, readonly [number, number]>();

/**
 * The vertical layout's rail ticks for [start, end]: the same as computeTicks, cut from the
 * rail's last ticks at the same interval when the view lies inside theirs. A zoom into a story
 * changes the rail's interval every few frames, and in between each frame's view lies inside the
 * last one's: the rail's some 50 day or week ticks, stepped by luxon's calendar arithmetic, were
 * about 3 ms a frame at 360 px. computeTicks puts each tick on a whole unit of the zone's clock
 * wherever its view begins (test/core/ticks.test.ts), so cutting is exact; property-tested
 * against computeTicks (test/core/rail-ticks.test.ts). A pan leaves the last view: its ticks are
 * made a view's length beyond it (below). Not the motion part's movingTicks: a module both parts
 * import would be a third file the vertical layout waits for, one more round trip before a
 * phone's first picture.
 */
export function railTicks(start: number, end: number, count: number, zone: string, locale: string, stretch = 0): readonly Tick[] {
  const { unit, step } = chooseInterval(end - start, count);
  const key = `${unit} ${step} ${zone} ${locale} ${stretch}`;
  const last = made.get(key);
  if (last && start >= last.from && end <= last.to) return cut(last.ticks, start, end);
  made.delete(key);
  if (made.size >= KEPT) made.delete(made.keys().next().value!);
  const where = `${zone} ${locale} ${stretch}`;
  const before = asked.get(where);
  if (asked.size >= KEPT) asked.clear();
  asked.set(where, [start, end]);
  // A pan moves the view a little each frame, out of the last one's: ticks made for a view's
  // length beyond it on either side, at the same interval (thrice the span, thrice the count),
  // serve the frames that follow (a pan of the bench's made its ticks anew at every one of 30
  // steps). Only when that interval is the view's, and the list is not cut short. Not for a view
  // inside the one this stretch last made a list for: zooming in, the frames that follow stay inside it,
  // and the ticks either side of it (twice as many as its own, each stepped and written by luxon:
  // 3-15 ms a list at 360 px, where the rail's interval changes every few frames of a zoom) would
  // never be drawn.
  const span = end - start;
  const from = Math.max(start - span, -EDGE);
  const to = Math.min(end + span, EDGE);
  const wider = chooseInterval(to - from, 3 * count);
  const zoomingIn = before !== undefined && start >= before[0] && end <= before[1] && span < before[1] - before[0];
  if (!zoomingIn && wider.unit === unit && wider.step === step) {
    const ticks = computeTicks(from, to, 3 * count, zone, locale);
    if (ticks.length < MOST) {
      made.set(key, { from, to, ticks });
      return cut(ticks, start, end);
    }
  }
  const ticks = computeTicks(start, end, count, zone, locale);
  // A list cut short serves no view: its view's end may lie past its last tick.
  if (ticks.length < MOST) made.set(key, { from: start, to: end, ticks });
  return ticks;
}

/** The ticks of a list made for a longer view that lie in [start, end]. */
const cut = (ticks: readonly Tick[], start: number, end: number): readonly Tick[] => ticks.filter((tick) => tick.at >= start && tick.at <= end);

/** A stretch of the rail between its breaks (or a view's end): from, to, and the ms a tick stands for there. */
export type Stretch = readonly [from: number, to: number, each: number];

/**
 * The ticks of a rail stretch by stretch (between its breaks), each at the interval its `each`
 * asks for. One list for the whole view at the items' scale is as long as the view at that scale:
 * a busy hour's scale over two years asked for thousands, and computeTicks stops at 200, before
 * the stretch after a break ("Feb 2025" below "23 months" was missing). Each stretch keeps its own
 * list for the frames that follow (railTicks' `stretch`).
 */
export function stretchTicks(stretches: readonly Stretch[], zone: string, locale: string): Tick[] {
  const ticks: Tick[] = [];
  stretches.forEach(([from, to, each], i) => {
    if (!(to >= from)) return;
    // A stretch shorter than a tick's interval is made as one that long (and cut back), so that its interval is the one asked for.
    const length = Math.max(to - from, each);
    // A tick where one stretch ends and the next begins (a run drawn at a scale of its own) is drawn once.
    for (const tick of railTicks(from, from + length, length / each, zone, locale, i)) if (tick.at <= to && tick.at !== ticks.at(-1)?.at) ticks.push(tick);
  });
  return ticks;
}
