import { linearScale } from './scale.js';
import type { TimelineItem } from './model.js';
import { placeItems, type PlacedCluster, type PlacedItem, type Placement, type PlacementOptions } from './placement.js';
import { computeTicks, type Tick } from './ticks.js';
import type { TimelineGroup } from './types.js';
import type { View } from './view.js';

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
  /** Width of an event's label text in px (already capped). */
  labelWidth: (item: TimelineItem) => number;
  /** Height of one line of label text in px. */
  lineHeight: number;
  /** In the vertical layout: the px reserved for the axis on the left. */
  gutter: number;
  /** In the vertical layout: the span every event fits in (the fitted view), which sets the axis length. */
  fittedSpan: number;
  locale: string;
  zone: string;
  /** An event kept in the DOM even when out of view: it holds the tab stop. */
  keepId: string | null;
  /** The widest a label can be, in px: how far beyond the view an event can still show. */
  maxLabelWidth: number;
  /**
   * The window whose events decide whether the view is crowded (fewer lanes, more "+N"
   * chips); `view` when absent. A stage laid out wider than the view still stacks as the view would.
   */
  crowdingView?: View;
}

/**
 * The events whose marker or label can reach the view: those that start before its end (plus
 * `pad` ms, the longest label) and end after its start (minus `pad`). Events are sorted by
 * start, so the cut at the end is a binary search; lanes are then stacked for these only.
 */
export function nearView(items: readonly TimelineItem[], view: View, pad: number, keepId: string | null): TimelineItem[] {
  const last = view[1] + pad;
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.start <= last) lo = mid + 1;
    else hi = mid;
  }
  const first = view[0] - pad;
  const near: TimelineItem[] = [];
  for (let i = 0; i < lo; i++) {
    const item = items[i]!;
    if (item.end >= first || item.id === keepId) near.push(item);
  }
  for (let i = lo; i < items.length && keepId !== null; i++) {
    if (items[i]!.id === keepId) near.push(items[i]!);
  }
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
  laneSize: number;
  /**
   * How far the events and chips are moved along the axis as one layer, in px: their own
   * positions are `shift` px from where the view puts them. 0 at rest; while the view pans, the
   * layer moves and the events in it stay put.
   */
  shift: number;
}

const TICK_SPACING = { horizontal: 110, vertical: 56 } as const;
export const CULL_MARGIN_PX = 64;
const LANE_HEIGHT = 28;
const MIN_COLUMN_PX = 120;
/**
 * Beyond this many lanes a row stops growing: dense stretches become "+N" chips that zoom in.
 * A view with a few hundred events shows them all; a crowded one keeps to a readable height
 * (and to what a browser can draw at 60 frames a second).
 */
const LANES = { few: 64, crowded: 16, crowdedAbove: 250 } as const;
const CLUSTER_PX = 56;
export const MARKER = { pointRadius: 6, labelGap: 6, laneGap: 8, minBandWidth: 4 } as const;

const VERTICAL_MIN_PX = 480;
const VERTICAL_MAX_PX = 3200;

/**
 * In the vertical layout the axis is long enough that most neighbouring events get a line
 * each (the 75th percentile of what each pair needs), within bounds: on a phone one column
 * that scrolls with the page reads better than many columns side by side.
 */
export function verticalLength(items: readonly TimelineItem[], span: number, lineHeight: number): number {
  const needs: number[] = [];
  for (let i = 1; i < items.length; i++) {
    const gap = items[i]!.start - items[i - 1]!.start;
    needs.push(gap > 0 ? ((lineHeight + 4) * span) / gap : Infinity);
  }
  needs.sort((a, b) => a - b);
  const need = needs.length > 0 ? needs[Math.floor((needs.length - 1) * 0.75)]! : 0;
  return Math.round(Math.min(VERTICAL_MAX_PX, Math.max(VERTICAL_MIN_PX, need)));
}

/** How many ticks an axis of `length` px gets. */
export function tickCount(length: number, orientation: Orientation): number {
  return Math.max(2, Math.floor(length / TICK_SPACING[orientation]));
}

function crowdedNear(input: FrameInput, near: readonly TimelineItem[], perMs: number): boolean {
  if (!input.crowdingView) return near.length > LANES.crowdedAbove;
  return nearView(input.items, input.crowdingView, (input.maxLabelWidth + 2 * CULL_MARGIN_PX) / perMs, null).length > LANES.crowdedAbove;
}

export function resolveOrientation(setting: string | undefined, width: number): Orientation {
  if (setting === 'horizontal' || setting === 'vertical') return setting;
  return width > 0 && width < VERTICAL_BELOW_PX ? 'vertical' : 'horizontal';
}

/** Lays out one view: scale (d3), ticks (luxon in the zone), lanes, and what is visible. */
export function computeFrame(input: FrameInput): Frame {
  const vertical = input.orientation === 'vertical';
  const length = vertical ? verticalLength(input.items, input.fittedSpan, input.lineHeight) : Math.max(1, input.width);
  const scale = linearScale().domain(input.view).range([0, length]);
  // Called as plain arithmetic: 100,000 events per frame stay cheap.
  const [r0, r1] = scale.range();
  const [d0, d1] = scale.domain();
  const perMs = (r1 - r0) / (d1 - d0);
  const toPx = (ms: number) => r0 + (ms - d0) * perMs;
  const near = nearView(input.items, input.view, (input.maxLabelWidth + 2 * CULL_MARGIN_PX) / perMs, input.keepId);
  const options: PlacementOptions = vertical
    ? { ...MARKER, width: length, laneHeight: 1, headerHeight: 0, labelBeside: true }
    : {
        ...MARKER,
        width: length,
        laneHeight: LANE_HEIGHT,
        headerHeight: input.groups.length > 0 ? 22 : 0,
        maxLanes: crowdedNear(input, near, perMs) ? LANES.crowded : LANES.few,
        clusterWidth: CLUSTER_PX,
        keepId: input.keepId,
      };
  // A phone-width column has no room for a column per group; the group stays in each event's colour.
  const groups = vertical ? [] : input.groups;
  const placement = placeItems(near, groups, toPx, vertical ? () => input.lineHeight : input.labelWidth, options);
  let laneSize = options.laneHeight;
  if (vertical) {
    // Vertical lanes are columns; their number does not depend on their width, so share the width out.
    let maxLabel = 40;
    for (const item of input.items) maxLabel = Math.max(maxLabel, input.labelWidth(item));
    const lanes = Math.max(1, placement.height);
    const widest = maxLabel + 2 * MARKER.pointRadius + 3 * MARKER.labelGap;
    laneSize = Math.max(MIN_COLUMN_PX, Math.min(widest, (input.width - input.gutter) / lanes));
    for (const p of placement.items) p.y *= laneSize;
    placement.height = lanes * laneSize;
  }
  const visible = placement.items.filter(
    (p) => (p.right >= -CULL_MARGIN_PX && p.left <= length + CULL_MARGIN_PX) || p.item.id === input.keepId,
  );
  const clusters = placement.clusters.filter((c) => c.x1 >= -CULL_MARGIN_PX && c.x0 <= length + CULL_MARGIN_PX);
  const ticks = computeTicks(input.view[0], input.view[1], tickCount(length, input.orientation), input.zone, input.locale);
  return {
    orientation: input.orientation,
    length,
    breadth: placement.height,
    toPx,
    ticks,
    placement,
    visible,
    clusters,
    laneSize,
    shift: 0,
  };
}
