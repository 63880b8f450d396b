import type { RailBreak } from './rail.js';
import { labelRanks } from './label-rank.js';
import type { EventsById, TimelineItem } from './model.js';
import { placeSteps, type LabelBox, type PlacedCluster, type PlacedItem, type Placement, type PlacementOptions } from './placement.js';
import type { Tick } from './ticks.js';
import { axisTicks, type TextWidth } from './axis-ticks.js';
import type { TimelineGroup } from './types.js';
import type { View } from './view.js';
import { allSteps, type Steps } from './steps.js';
import { itemColumns } from './item-columns.js';
import { firstAtLeast } from './search.js';

export type Orientation = 'horizontal' | 'vertical';

/** Below this width, `orientation="auto"` lets time run top to bottom. */
export const VERTICAL_BELOW_PX = 600;

export interface FrameInput {
  items: readonly TimelineItem[];
  groups: readonly TimelineGroup[];
  view: View;
  orientation: Orientation;
  /** The element's content width in px. */
  width: number;
  /**
   * An item's label with its title broken into lines at most `measure` px wide: what it says
   * and how much room it takes (the element measures it, for the items drawn only).
   */
  label: (item: TimelineItem, measure: number) => LabelBox;
  /**
   * A width an item's label is never narrower than, cheaper to know than the label (its title
   * without the date line): lets the layout rule an item out of a lane before writing its date.
   */
  labelAtLeast?: (item: TimelineItem, measure: number) => number;
  /** Height of one line of label text in px. */
  lineHeight: number;
  /** In the vertical layout: the px reserved for the axis on the inline-start side (its tick labels; railGutter). */
  gutter: number;
  /** How wide a text is in the element's font: to fit the axis's dates (axis-ticks.ts), and the vertical layout's gutter to the rail's (rail.ts). */
  text: TextWidth;
  /** In the vertical layout: the span every event fits in (the fitted view), which sets the axis length. */
  fittedSpan: number;
  locale: string;
  zone: string;
  /** An event kept in the DOM even when out of view: it holds the tab stop. */
  keepId: string | null;
  /** The model's items by id (the items above are its own, or some of them): where `keepId` and `selectedId` are is found from them. */
  byId?: EventsById;
  /** The selected event: when not all fit, drawn before any other but `keepId`. */
  selectedId?: string | null;
  /** The readable measure of a label's lines in px (`--timeline-label-width`): how far beyond the view an event can still show. */
  maxLabelWidth: number;
  /**
   * The window whose events decide whether the view is crowded (fewer lanes, more "+N"
   * chips); `view` when absent. A stage laid out wider than the view still stacks as the view would.
   */
  crowdingView?: View;
  /** The vertical layout's own functions, needed when `orientation` is vertical (the element loads them on demand). */
  article?: ArticleLayout;
  /**
   * What the lanes are stacked with beyond the frame's own: across the page, the least height of
   * each row, raised to what each window needs (`rowFloors`); a stage's (motion.ts) ranks and
   * labels' places, where the frame drawn before it decides (`ranks`, `labelAlong`: they take the
   * place of the layout's own).
   */
  place?: Pick<PlacementOptions, 'rowFloors' | 'ranks' | 'labelAlong'>;
}

/** The vertical layout's frame in steps (core/vertical-frame.ts: the cards beside the rail, the rail's scale with its breaks). */
export interface ArticleLayout {
  verticalFrame: (input: FrameInput) => Steps<Frame>;
}

/**
 * Where the item `id` is in `items` (sorted by start), or -1. With the model's items by id, it is
 * found by its start: one binary search, then the items that start at the same instant. (A map of
 * every id's position, made per list, took 30-50 ms at 100,000 items, in the first layout after
 * the tab stop left the first items: a zoom's.) Without them (a list of its own), one by one.
 */
export function positionOf(items: readonly TimelineItem[], id: string, byId?: EventsById): number {
  const item = byId?.get(id);
  if (!item) return byId ? -1 : items.findIndex((i) => i.id === id);
  for (let at = firstAtLeast(itemColumns(items).starts, item.start); items[at]?.start === item.start; at++) if (items[at] === item) return at;
  return -1;
}

/**
 * The events whose marker or label can reach the view: those that start before its end (plus
 * `pad` ms, the longest label) and end after its start (minus `pad`). Events are sorted by
 * start, so the cut at the end is a binary search; the ends before it are read from the list's
 * columns (item-columns.ts; the model's are made as it is read, and a list the view holds whole
 * is laid out with its own). A pass over 100,000 of those numbers takes a fraction of a
 * millisecond, where reading the item objects took 20 ms of the first stage a zoom lays out
 * (Node; it was how the latest end before each item was found, and it is no longer kept). Lanes
 * are then stacked for these only.
 */
export function nearView(items: readonly TimelineItem[], view: View, pad: number, keepId: string | null, byId?: EventsById): readonly TimelineItem[] {
  const { starts, ends } = itemColumns(items);
  const last = view[1] + pad;
  // The cut: after the items that start before `last`, and those that start at it.
  let lo = firstAtLeast(starts, last);
  while (starts[lo]! <= last) lo++;
  const first = view[0] - pad;
  const keep = keepId === null ? -1 : positionOf(items, keepId, byId);
  // When the first item starts inside the padded view (a fitted or zoomed-out view, as every
  // first picture is), every one before the cut reaches it: the list itself when that is all of
  // it (a fitted view holds all 10,000 or 100,000, and what is known of the list is known of
  // it), else copied at once rather than checked one by one.
  if (!(starts[0]! < first)) {
    if (lo === items.length) return items;
    const all = items.slice(0, lo);
    if (keep >= lo) all.push(items[keep]!);
    return all;
  }
  const near: TimelineItem[] = [];
  for (let i = 0; i < lo; i++) if (ends[i]! >= first || i === keep) near.push(items[i]!);
  if (keep >= lo) near.push(items[keep]!);
  return near;
}

/** Everything the element draws for one view: computed here, rendered by Lit templates. */
export interface Frame {
  orientation: Orientation;
  /** Length of the time axis in px (width when horizontal, height when vertical). */
  length: number;
  /** Cross-axis size of the plot: height when horizontal, width when vertical. */
  breadth: number;
  toPx: (ms: number) => number;
  ticks: Tick[];
  placement: Placement;
  /** The placed events that intersect the view (plus the one holding the tab stop), in time order. */
  visible: PlacedItem[];
  /** The "+N" chips for events that found no lane, that intersect the view. */
  clusters: PlacedCluster[];
  /** Height of a lane of "+N" chips (horizontal), or of a chip in the flow of cards (vertical). */
  laneSize: number;
  /** Height of one line of label text in px. */
  lineHeight: number;
  /** How wide a text is in the element's font: the moving axis fits its dates with it, the exported rail breaks its breaks' lengths into lines. */
  text?: TextWidth;
  /** Size of the plot along the time axis: the axis's length, or more where cards reach below it (vertical). */
  extent: number;
  /** Where the rail runs across the plot (vertical layout), in px from the inline start. */
  rail: number;
  /**
   * The vertical layout: where the cards begin, in px from the inline start. Eras and reference
   * lines mark the rail's side up to there: the cards are stacked in time order, each pushed down
   * below the one before, so a card stands beside a stretch of the rail that is not its own time.
   */
  cards?: number;
  /** Long empty stretches cut short on the rail (vertical layout only). */
  breaks: readonly RailBreak[];
  /** The vertical layout: the time the rail draws `px` down the plot (the inverse of toPx). */
  toMs?: (px: number) => number;
  /** The vertical layout: the rail of another window of the same story (a gesture's next), as time to px down it. */
  railAt?: (view: View) => (ms: number) => number;
  /** The label each drawn item shows, as the layout measured it. */
  labelOf: (item: TimelineItem) => LabelBox;
  /**
   * How far the events and chips are moved along the axis as one layer, in px: their own
   * positions are `shift` px from where the view puts them. 0 at rest; while the view pans, the
   * layer moves and the events in it stay put.
   */
  shift: number;
  /**
   * Exact frames: px from the view's start to an origin that stays put while the view pans at
   * one scale (the vertical layout's: at the rail's scale outside its breaks). Drawn from it, an
   * item that stays keeps its place in the layer and only the layer moves, so a pan restyles and
   * repaints only what comes and goes.
   */
  pan?: number;
}

export const CULL_MARGIN_PX = 64;
export const LANE_HEIGHT = 28;
/** Free space between two lanes of labels (horizontal) or two cards (vertical). */
export const LANE_SPACING = 6;
/**
 * The horizontal axis's height in px: 30, or a label line where a larger font makes that taller,
 * so that a date (written 12 px above the axis's foot, in a font that rises higher than Latin,
 * Arabic's) stays inside it. The element (render-axis.ts) and toSVG (picture.ts) both use it.
 */
export const axisHeight = (frame: Frame): number => Math.max(30, frame.lineHeight);
/** A card's padding around its text: inline (both sides, with the group colour's edge) and block. */
export const CARD_PAD = { inline: 16, block: 8 } as const;
/**
 * Beyond this many lanes a row stops growing: dense stretches become "+N" chips that zoom in.
 * A view with a few hundred events shows them all; a crowded one keeps to a readable height
 * (and to what a browser can draw at 60 frames a second).
 */
const LANES = { few: 64, crowded: 16, crowdedAbove: 250 } as const;
export const MARKER = { pointRadius: 6, labelGap: 6, laneGap: 8, minBandWidth: 4 } as const;

/**
 * A time's px, kept within a million px of where a layout counts from (the view's start, a
 * stage's): a decade in a window of an hour is billions of px long, and Chromium lays out no box
 * longer than 33,554,432 px (an outside harness saw such a band cut to end 4 px before the view:
 * neither drawn nor counted).
 */
export const boundPx = (px: number): number => Math.max(-1e6, Math.min(1e6, px));

export function resolveOrientation(setting: string | undefined, width: number): Orientation {
  if (setting === 'horizontal' || setting === 'vertical') return setting;
  return width > 0 && width < VERTICAL_BELOW_PX ? 'vertical' : 'horizontal';
}

/** Lays out one view: the map from time to px, ticks (luxon in the zone), lanes or cards, and what is visible. */
export function computeFrame(input: FrameInput): Frame {
  return allSteps(frameSteps(input));
}

/** computeFrame in steps (a horizontal frame's are those of placeSteps; a vertical one's its rail, its cards, its ticks), for a first picture of many items. */
export function* frameSteps(input: FrameInput): Steps<Frame> {
  // The vertical layout comes with input.article (core/vertical-frame.ts): without it, a TypeError.
  if (input.orientation !== 'horizontal') return yield* input.article!.verticalFrame(input);
  // A horizontal frame:
  const length = Math.max(1, input.width);
  // The linear map from the view to [0, length]: plain arithmetic, cheap for 100,000 events a frame.
  const [d0, d1] = input.view;
  const perMs = length / (d1 - d0);
  const toPx = (ms: number) => boundPx((ms - d0) * perMs);
  // How far beyond the view an event's label can still show, in ms.
  const reach = (input.maxLabelWidth + 2 * CULL_MARGIN_PX) / perMs;
  const near = nearView(input.items, input.view, reach, input.keepId, input.byId);
  const crowding = input.crowdingView;
  const options: PlacementOptions = {
    ...MARKER,
    width: length,
    laneHeight: LANE_HEIGHT,
    laneSpacing: LANE_SPACING,
    // A group's heading (0.8 em on 1.4 lines: filters.styles.ts .row-label) is 22 px tall, or a
    // label line where a larger font makes that taller; placement.ts gives rows one only when there are groups.
    headerHeight: Math.max(22, input.lineHeight),
    // Crowded are the events near the crowding window (the view's, when there is none).
    maxLanes: (crowding ? nearView(input.items, crowding, reach, null) : near).length > LANES.crowdedAbove ? LANES.crowded : LANES.few,
    ranks: labelRanks(input.items),
    keepId: input.keepId,
    preferId: input.selectedId,
    ...input.place,
  };
  // A label's lines fit the measure, and the view: on a narrow screen a label is never wider than
  // most of it. A stage wider than the view (motion.ts) wraps as the view would.
  const seen = crowding ? ((crowding[1] - crowding[0]) * length) / (d1 - d0) : length;
  const measure = Math.max(40, Math.min(input.maxLabelWidth, Math.round(seen * 0.8)));
  const labelOf = (item: TimelineItem) => input.label(item, measure);
  const atLeast = input.labelAtLeast;
  if (atLeast) options.labelAtLeast = (item) => atLeast(item, measure);
  const placement = yield* placeSteps(near, input.groups, toPx, labelOf, options);
  const visible = placement.items.filter(
    (p) => (p.spanEnd >= -CULL_MARGIN_PX && p.spanStart <= length + CULL_MARGIN_PX) || p.item.id === input.keepId,
  );
  const clusters = placement.clusters.filter((c) => c.alongEnd >= -CULL_MARGIN_PX && c.alongStart <= length + CULL_MARGIN_PX);
  const { text } = input;
  // A stage (laid out for a crowding view of its own: motion.ts) is drawn with the ticks of each frame's view, never its own.
  const ticks = crowding ? [] : axisTicks(input.view, length, input.zone, input.locale, text);
  // The origin moves on by whole stretches of eight views: the layer stays a few thousand px long.
  const stretch = 8 * (d1 - d0);
  return {
    orientation: 'horizontal',
    length,
    breadth: placement.height,
    extent: length,
    rail: 0,
    toPx,
    ticks,
    placement,
    visible,
    clusters,
    laneSize: LANE_HEIGHT,
    lineHeight: input.lineHeight,
    text,
    labelOf,
    breaks: [],
    shift: 0,
    pan: (d0 - Math.floor(d0 / stretch) * stretch) * perMs,
  };
}
