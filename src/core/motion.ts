import { boundPx, computeFrame, CULL_MARGIN_PX, MARKER, type Frame, type FrameInput } from './frame.js';
import { axisTicks } from './axis-ticks.js';
import type { PlacedCluster, PlacedItem, PlacementOptions } from './placement.js';
import { movingTicks } from './moving-ticks.js';
import { remembered } from './remembered.js';
import type { View } from './view.js';
import type { TimelineItem } from './model.js';
import { labelRanks } from './label-rank.js';

/**
 * While the view moves (a drag, a wheel, an animated zoom), stacking lanes every frame costs
 * far more than a frame has, and lanes reshuffling under the pointer are hard to follow. So a
 * moving view is drawn from a stage: lanes stacked once for a stretch wider than the view and
 * for one zoom level, then reused frame after frame while events only slide along the axis.
 * When the view comes to rest the element lays it out exactly again.
 */
export interface Stage {
  frame: Frame;
  /** The stretch of time laid out, in epoch ms: the view with room on either side. */
  span: View;
  /** The scale the stage was laid out at, px per ms. */
  perMs: number;
}

/** Room laid out on either side of the view, in views: a pan of a whole view reuses the stage. */
const ROOM = 1;
/**
 * Room on either side of a view that zoomed in past its stage, in views: a view zooming in stays
 * inside the one before, so its stage needs less room than a pan's, and a stage is laid out
 * within one frame of the motion (a wheel zooming into 100,000 items: its slowest frames). Half a
 * view: a stage two views wide instead of three, and a pan of half a view after the zoom still
 * reuses it (with a quarter, the window steps' pan after their zoom laid out one stage more).
 */
const ROOM_IN = 0.5;
/**
 * One zoom level spans a doubling of scale. A stage is laid out at the level's coarsest scale:
 * zooming in only moves events apart, so nothing that was apart comes to overlap.
 */
const LEVEL = 4;
/**
 * A view a little wider than its stage's scale still uses it: events come closer by at most
 * this share of their distance, which the gap kept between neighbours absorbs, and the jitter of
 * an animation's first frames does not lay out again.
 */
const SLACK = 0.02;

/** The scale a stage for `perMs` is laid out at: `base` times a whole power of LEVEL, at most `perMs`. */
export function stageScale(perMs: number, base: number): number {
  const level = Math.floor(Math.log((perMs * (1 + SLACK)) / base) / Math.log(LEVEL));
  return base * LEVEL ** level;
}

/**
 * Zooming in past a stage's level leaves nothing overlapping, only room for more labels than it
 * shows: as the view zooms in its items move apart and out of it, and the chart thins out (an
 * eighth of what a layout at rest holds, at worst, here; at 16 times it went down to 2 items of
 * 41 in the box, which an outside harness took for a bug). A stage serves a view zoomed in by up
 * to 8 times before it is laid out anew: in the benchmark's 60 window steps as few new stages as
 * at 16 times (a view also leaves its stage's span), at 4 times two more frames over a vsync.
 */
const ZOOM_IN = 8;

/** Whether `stage` can draw `view` at `perMs`: the view lies inside it, no coarser than its scale and at most ZOOM_IN finer. */
export function stageServes(stage: Stage, view: View, perMs: number): boolean {
  return perMs * (1 + SLACK) >= stage.perMs && perMs < stage.perMs * ZOOM_IN && view[0] >= stage.span[0] && view[1] <= stage.span[1];
}

/** Which way the view went when it asked for a new stage: zooming in past its stage, zooming out of it, or panning out of it (or starting). */
export type StageMotion = 'in' | 'out' | 'pan';

/**
 * Lays out the stage for `input.view` (whose width in px is `input.width`), at the level of
 * `base`, the scale the motion started at. Pure: the frame is computed as for a view as wide
 * as the stage. A view zooming out gets the coarsest stage that still draws it (the
 * level below its own, or its own where that is at most half the view's scale) and room for that
 * level (LEVEL / 2 views on either side): one stage then serves the next twofold to fourfold of
 * the zoom. A view zooming in gets a stage little wider than itself (ROOM_IN), a pan a view on
 * either side (ROOM). Its labels keep their places from `before`, the frame drawn before it
 * (labelsAsBefore).
 */
export function layStage(input: FrameInput, base: number, motion: StageMotion = 'pan', before?: Frame): Stage {
  const out = motion === 'out';
  const [v0, v1] = input.view;
  const room = (v1 - v0) * (out ? LEVEL / 2 : motion === 'in' ? ROOM_IN : ROOM);
  const span: View = [v0 - room, v1 + room];
  const viewPerMs = input.width / (v1 - v0);
  const own = stageScale(viewPerMs, base);
  // Zooming out: the level below the view's own when that is under ZOOM_IN times coarser than the
  // view, else the view's own. (It was always the level below, up to 16 times coarser: half the
  // time a stage that did not serve the view it was laid out for, and the next frame laid out
  // another: two stages a level, the slowest frames of a wheel zooming out.)
  const perMs = out && (own / LEVEL) * ZOOM_IN > viewPerMs ? own / LEVEL : own;
  // A pan's stage stacks the frame before's items first, and a pan's or a zoom out's puts their
  // labels where they were (zooming in, the items near the new view's end need labels of their own).
  // A pan's stage is at the view's scale, the view a room's px in.
  const inView: View | undefined = motion === 'pan' && before ? [room * perMs, (room + v1 - v0) * perMs] : undefined;
  const place = before && motion !== 'in' ? { ...input.place, ...asBefore(input.items, before.placement.items, inView) } : input.place;
  // A pan's stage puts the selected item where it was, when drawn before, with the others drawn
  // before (its own rank would come after theirs); one not drawn before (the window is on its way
  // to it) still comes before every other.
  const drawnBefore = inView && before?.placement.items.some((p) => p.item.id === input.selectedId);
  const selectedId = drawnBefore ? null : input.selectedId;
  const frame = computeFrame({ ...input, view: span, width: (span[1] - span[0]) * perMs, crowdingView: input.view, place, selectedId });
  // A pan's stage placed its labels so already, before stacking; a zoom's puts them after.
  if (!inView) labelsAsBefore(frame.placement.items, before?.placement.items, input.view, input.width);
  return { frame, span, perMs };
}

/**
 * How a stage keeps what the frame before it drew (`drawn`): each label beside its marker where
 * it was (`labelAlong`), and for a pan's (`view`: where the view lies in the stage, in px) those
 * items stacked first, lane by lane, after the one with focus, which placement puts first
 * (`ranks`), and the title of a point new to the view that its end would cut before the point,
 * as at rest. Stacked greedily with the same extents at the same scale,
 * each item goes back to the lane it had (a lane's items are placed after those of the lanes
 * above it, which blocked it there before), and the rest fill in around them. Stacked by rank
 * alone, a pan's stage three windows wide put better ranked items from beside the view in their
 * way; and a label the view's end had flipped before its point came back after it, where another
 * lane had room for it, and was cut. A zoom out's stage, at a coarser scale, keeps the ranks'
 * choice of what stays labelled as the view widens.
 */
function asBefore(items: readonly TimelineItem[], drawn: readonly PlacedItem[], view?: View): Pick<PlacementOptions, 'ranks' | 'labelAlong'> {
  const before = new Map(drawn.map((q) => [q.item, q]));
  const { pointRadius, labelGap } = MARKER;
  const labelAlong = (item: TimelineItem, x0: number, w: number) => {
    const q = before.get(item);
    // A label before its marker keeps its end there: a zoom out's stage may wrap it narrower.
    if (q && (view || keepsPlace(q))) return x0 + q.labelAlong - q.alongStart + (q.labelAlong < q.alongStart ? q.labelLength - w : 0);
    const flipped = x0 - labelGap - w;
    // (A point in the view: one beside it keeps its title after it, as the view may pan to it.)
    const x1 = x0 + 2 * pointRadius;
    const cut = view && item.kind === 'point' && x0 >= view[0] && x1 <= view[1] && x1 + labelGap + w > view[1] && flipped >= view[0];
    return cut ? flipped : undefined;
  };
  if (!view) return { labelAlong };
  const ranks = Float64Array.from(labelRanks(items));
  const n = drawn.length;
  // After the one with focus (-1), before the selected one (-0.5; where it was drawn before, the
  // stage has none: it is among these) and every other rank (0 and up): first in time order too.
  [...drawn].sort((a, b) => a.across - b.across || a.alongStart - b.alongStart).forEach((p, k) => (ranks[p.item.index] = -1 + (k + 1) / (2 * n + 2)));
  return { ranks, labelAlong };
}

/** A stage and what it was laid out from (`key`: data, width, font, …): it serves only the same key. */
export interface KeyedStage {
  key: readonly unknown[];
  stage: Stage;
}

const sameKey = (a: readonly unknown[], b: readonly unknown[]) => a.length === b.length && a.every((k, i) => k === b[i]);

/**
 * The stage the next frame of a moving view is drawn from: the one in use while it serves the
 * view; at the start of a motion, the last exact layout (`rest`) when the view zooms into it;
 * else one laid out anew at the motion's level. `base` is the scale when the motion began
 * (zoom levels are counted from it): undefined at its start, and returned for the next frame.
 */
export function stageFor(
  current: KeyedStage | undefined,
  rest: KeyedStage | undefined,
  base: number | undefined,
  key: readonly unknown[],
  input: FrameInput,
): { current: KeyedStage; base: number } {
  const perMs = input.width / (input.view[1] - input.view[0]);
  if (!current && rest && sameKey(rest.key, key) && stageServes(rest.stage, input.view, perMs)) {
    current = rest;
    base = rest.stage.perMs;
  }
  base ??= perMs;
  if (!current || !sameKey(current.key, key) || !stageServes(current.stage, input.view, perMs)) {
    // Coarser than the stage it leaves, or than the layout at rest it starts from: zooming out;
    // ZOOM_IN times finer or more: zooming in; else it panned out of it.
    const was = (current ?? rest)?.stage.perMs;
    const motion = was === undefined ? 'pan' : perMs * (1 + SLACK) < was ? 'out' : perMs >= was * ZOOM_IN ? 'in' : 'pan';
    // The frame drawn before (the stage left, or the layout at rest), when laid out from the same.
    const before = [current, rest].find((k) => k && sameKey(k.key, key))?.stage.frame;
    current = { key, stage: layStage(input, base, motion, before) };
  }
  return { current, base };
}

/**
 * Where a band's label goes as it slides: kept in view (from `viewStart` on) while it fits
 * inside its band, never before where the stage put it; one the stage put before its band (the
 * view's end had no room after its start) stays there, as at rest. One the stage let reach past
 * its band's end keeps its distance from that end: from the band's start, a frame at a finer
 * scale than the stage's (a zoom out's) moved it by the band's change in length, over the titles
 * after the band in its lane (a band of seventeen years ending in the view).
 */
function slidLabel(p: PlacedItem, x0: number, x1: number, viewStart: number): number {
  const placed = x0 + (p.labelAlong - p.alongStart);
  if (p.kind === 'point' || placed + p.labelLength <= x0) return placed;
  const from = p.labelAlong + p.labelLength > p.alongEnd ? x1 + (p.labelAlong - p.alongEnd) : placed;
  const inView = Math.max(x0, viewStart) + MARKER.labelGap;
  const lastInside = x1 - MARKER.labelGap - p.labelLength;
  return Math.max(from, Math.min(inView, lastInside));
}

/**
 * One event of the stage, moved to where `toPx` puts its time (lane and label width stay), or
 * undefined when `seen` says it is out of sight: a stage holds three views of events and a frame
 * draws one, and a copy of each of them every frame was garbage for the collector.
 */
function slide(p: PlacedItem, toPx: (ms: number) => number, viewStart: number, seen?: (left: number, right: number) => boolean): PlacedItem | undefined {
  const [x0, x1] = markerAt(p, toPx);
  const labelX = slidLabel(p, x0, x1, viewStart);
  const spanStart = Math.min(x0, labelX);
  const spanEnd = Math.max(x1, labelX + p.labelLength);
  if (seen && !seen(spanStart, spanEnd)) return undefined;
  return { ...p, alongStart: x0, alongEnd: x1, labelAlong: labelX, spanStart, spanEnd };
}

/** Where `toPx` puts an event's marker: a point as wide as the stage drew it, a band at least MARKER.minBandWidth wide. */
function markerAt(p: PlacedItem, toPx: (ms: number) => number): [number, number] {
  if (p.kind === 'point') {
    const centre = toPx(p.item.start);
    const radius = (p.alongEnd - p.alongStart) / 2;
    return [centre - radius, centre + radius];
  }
  const a = toPx(p.item.start);
  const b = toPx(p.item.end);
  const grow = Math.max(0, MARKER.minBandWidth - (b - a)) / 2;
  return [a - grow, b + grow];
}

/**
 * Whether a label keeps its place beside its marker in a stage at another scale (a zoom's): a
 * point's, and one before its band. A band's title further along it (kept in view, the band
 * beginning years before the view) is that far from the band's start only at the scale it was
 * drawn at: kept so in a zoom out's stage, each frame drawn from it moved it by the band's change
 * in length, across the titles of its lane (a band of seventeen years, its title over a point's).
 * The stage places it, and each frame keeps it in view as it slides (slidLabel).
 */
const keepsPlace = (q: PlacedItem) => q.kind === 'point' || q.labelAlong + q.labelLength <= q.alongStart + 0.5;

/**
 * A stage's labels where the frame drawn before it had them, then on the side the view it was
 * laid out for has them at rest. A stage spans more than the view and is laid out anew, so a
 * label could find another place in it than the one the reader saw: where the view's end cut it
 * at rest, a layout at rest puts it before its point, but in a stage it had room after it. Drawn
 * from the stage, the first frame of a motion moved each such label by its width and the plot's
 * end cut it (the demo's story at 1,280 px, dragged by a pixel: six of its nine titles, until the
 * view came to rest); a month that ended the day before the view, its title moved into the view
 * at rest, had it after its end again, off the plot. So a label keeps its place beside its marker
 * from the frame before (the layout at rest a motion starts from, or the stage it leaves), and a
 * point's label new to the view that the view's end cuts goes before the point, where the view
 * has room there, as a layout at rest puts it (label-side.ts), measured at the view's scale (a
 * frame drawn from the stage keeps each label's offset from its marker). Both only where the
 * label's lane has room for it at the stage's scale (the coarsest a frame is drawn at: zooming in
 * only moves markers apart): the lanes were stacked with the label where the stage put it, and
 * one whose lane has no room keeps it there. A band's label is kept in view as it slides, or
 * before the band (slidLabel).
 */
function labelsAsBefore(items: readonly PlacedItem[], before: readonly PlacedItem[] | undefined, view: View, width: number): void {
  const offsets = new Map<string, number>();
  for (const q of before ?? []) if (keepsPlace(q)) offsets.set(q.item.id, q.labelAlong - q.alongStart);
  // Each lane's events (by where it lies across the chart): a label is moved only within its own.
  const lanes = new Map<number, PlacedItem[]>();
  for (const p of items) remembered(lanes, p.across, () => []).push(p);
  const toView = (ms: number) => ((ms - view[0]) * width) / (view[1] - view[0]);
  for (const p of items) {
    const lane = lanes.get(p.across)!;
    const offset = offsets.get(p.item.id);
    if (offset !== undefined) {
      if (Math.abs(offset - (p.labelAlong - p.alongStart)) > 0.5) moveLabel(lane, p, p.alongStart + offset);
      continue;
    }
    if (p.kind !== 'point') continue;
    const [x0, x1] = markerAt(p, toView);
    // A point in the view whose label its end cuts, with room before it in the view.
    const cut = x0 >= 0 && x1 <= width && x0 + (p.labelAlong - p.alongStart) + p.labelLength > width;
    if (cut && x0 - MARKER.labelGap - p.labelLength >= 0) moveLabel(lane, p, p.alongStart - MARKER.labelGap - p.labelLength);
  }
}

/** Moves `p`'s label to start at `labelX` (stage px) where nothing else in its lane is within a lane's gap of where it then reaches. */
function moveLabel(lane: readonly PlacedItem[], p: PlacedItem, labelX: number): void {
  const spanStart = Math.min(p.alongStart, labelX);
  const spanEnd = Math.max(p.alongEnd, labelX + p.labelLength);
  const taken = lane.some((q) => q !== p && spanStart < q.spanEnd + MARKER.laneGap && q.spanStart < spanEnd + MARKER.laneGap);
  if (taken) return;
  p.labelAlong = labelX;
  p.spanStart = spanStart;
  p.spanEnd = spanEnd;
}

/**
 * The frame for `view` (`length` px long) drawn from `stage`: the stage's lanes, rows and
 * chips, each event at its time in this view, culled to what can be seen. Positions are
 * counted from the stage's start and the whole layer is shifted to the view, so that panning
 * at one scale moves the layer and leaves every event where it is.
 */
export function slideFrame(stage: Stage, view: View, length: number, zone: string, locale: string, keepId: string | null): Frame {
  const perMs = length / (view[1] - view[0]);
  const origin = stage.span[0];
  const toLayer = (ms: number) => boundPx((ms - origin) * perMs);
  const shift = (origin - view[0]) * perMs;
  const seen = (left: number, right: number) => right + shift >= -CULL_MARGIN_PX && left + shift <= length + CULL_MARGIN_PX;
  const visible: PlacedItem[] = [];
  for (const p of stage.frame.placement.items) {
    // The event with focus keeps its node even out of sight.
    const moved = slide(p, toLayer, -shift, p.item.id === keepId ? undefined : seen);
    if (moved) visible.push(moved);
  }
  // A chip sits where its first event was; stage px and layer px share their origin.
  const stretch = perMs / stage.perMs;
  const clusters: PlacedCluster[] = [];
  for (const c of stage.frame.placement.clusters) {
    const x0 = c.alongStart * stretch;
    const x1 = x0 + (c.alongEnd - c.alongStart);
    if (seen(x0, x1)) clusters.push({ ...c, alongStart: x0, alongEnd: x1 });
  }
  return {
    ...stage.frame,
    length,
    toPx: (ms: number) => boundPx((ms - view[0]) * perMs),
    ticks: axisTicks(view, length, zone, locale, stage.frame.text!, movingTicks),
    visible,
    clusters,
    shift,
    // Its items are placed from the stage's start already.
    pan: 0,
  };
}
