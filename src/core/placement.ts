import { itemColumns } from './item-columns.js';
import { labelReach, labelStart } from './label-side.js';
import { rankOrder, RankLanes } from './rank-lanes.js';
import { drawnKind, indexOfId, type MarkerKind, type TimelineItem } from './model.js';
import { allSteps, type Steps } from './steps.js';
import type { TimelineGroup } from './types.js';

/** How much room an item's label takes: across the time axis `height`, along it `width`, in px. */
export interface LabelSize {
  width: number;
  height: number;
}

/** A label as drawn: its short date line, its title broken into lines, and the room they take. */
export interface LabelBox extends LabelSize {
  /** The short date's lines (one unless it is wider than the measure). */
  date: readonly string[];
  lines: readonly string[];
}

export interface PlacementOptions {
  /** Width of the visible area in px. */
  width: number;
  /** Height of a lane of "+N" chips, and the least height of any lane. */
  laneHeight: number;
  /** Space kept free between two lanes, in px. */
  laneSpacing?: number;
  /** Height of a group's heading row; a placement without groups has none, whatever this says. */
  headerHeight: number;
  /** Half the width of a point marker. */
  pointRadius: number;
  /** Space between a marker and its label, and inside a band before its label. */
  labelGap: number;
  /** Horizontal space kept free between two things in one lane. */
  laneGap: number;
  /** A band is never drawn narrower than this, so that it stays visible and clickable. */
  minBandWidth: number;
  /** At most this many lanes per row; events beyond them are counted into "+N" clusters. */
  maxLanes?: number;
  /** Width of a cluster's chip, with the gap after it. */
  clusterWidth?: number;
  /**
   * Each event's rank by `item.index` (label-rank.ts): when not all fit, the best ranked get
   * lanes, so that the same events stay labelled as the view moves. Without, the first in time.
   */
  ranks?: Float64Array;
  /** A width an event's label is never narrower than (from its title alone): events that cannot fit are ruled out before their label is made. */
  labelAtLeast?: (item: TimelineItem) => number;
  /** An event drawn even when it would be clustered (it holds keyboard focus). */
  keepId?: string | null;
  /** An event that comes before all others but `keepId` when not all fit (the selected one: its details are open). */
  preferId?: string | null;
  /**
   * The least height of each row (by group index, the row of items without a group last), raised
   * here to each row's height as laid out: one array passed for every window of the same data
   * keeps rows from shrinking as the reader zooms in (the chart's height, its row headings and
   * what is under the pointer stay where they were).
   */
  rowFloors?: number[];
  /** Where an event's label `w` px wide starts beside its marker starting at `x0`, when a frame drawn before decides (a stage's: motion.ts); else undefined. */
  labelAlong?: (item: TimelineItem, x0: number, w: number) => number | undefined;
}

/** The element's chips (frame.ts gives no clusterWidth): 56 px wide with the gap after each. */
const CLUSTER_PX = 56;
/** A chip's width with the gap after it: `clusterWidth`, else the element's. */
const chipWidth = (o: PlacementOptions): number => o.clusterWidth ?? CLUSTER_PX;

/** Events that found no lane, drawn as one "+N" chip that zooms into them. */
export interface PlacedCluster {
  count: number;
  /** Epoch ms: the earliest start and the latest end of its events. */
  start: number;
  end: number;
  alongStart: number;
  alongEnd: number;
  across: number;
  row: number;
}

/** Where one event goes, in px relative to the events area. */
export interface PlacedItem {
  item: TimelineItem;
  /** How it is drawn at this scale (model.ts drawnKind): a day is a band where it is over 48 px wide. */
  kind: MarkerKind;
  /** The marker along the time axis: a point's centre is (alongStart + alongEnd) / 2. */
  alongStart: number;
  alongEnd: number;
  labelAlong: number;
  labelLength: number;
  /** The whole event (marker and label): nothing else in its lane overlaps it. */
  spanStart: number;
  spanEnd: number;
  /** Where its lane begins across the time axis, and how much of the lane its label takes (its breadth). */
  across: number;
  breadth: number;
  row: number;
  /** Vertical layout: the side lane of a band's marker beside the rail, so overlapping periods stay apart. */
  markerLane?: number;
  /**
   * Vertical layout: how much of the card's top is hidden (px) as it leaves over the rail's top
   * under the cards of items whose time holds its own (article.ts).
   */
  hidden?: number;
}

/** A labelled row of lanes for one group (or the only row when there are none). */
export interface PlacedRow {
  group?: TimelineGroup;
  across: number;
  breadth: number;
  lanes: number;
}

export interface Placement {
  /** The events that are drawn (clustered ones are not among them). */
  items: PlacedItem[];
  clusters: PlacedCluster[];
  rows: PlacedRow[];
  height: number;
}

/**
 * Places every event: its marker at its time, its label beside it, and its lane chosen so
 * that no two events in one row overlap. Rows follow `groups` (events without a known group
 * come last); pure and O(n log n).
 */
export function placeItems(
  items: readonly TimelineItem[],
  groups: readonly TimelineGroup[],
  toX: (ms: number) => number,
  labelSize: (item: TimelineItem) => LabelSize,
  o: PlacementOptions,
): Placement {
  return allSteps(placeSteps(items, groups, toX, labelSize, o));
}

/**
 * placeItems in three steps: which items are measured, their lanes (where labels are made),
 * the chips. Cold, at 100,000 items, each is 15-25 ms of a first picture that took 60 in one task.
 */
export function* placeSteps(
  items: readonly TimelineItem[],
  groups: readonly TimelineGroup[],
  toX: (ms: number) => number,
  labelSize: (item: TimelineItem) => LabelSize,
  o: PlacementOptions,
): Steps<Placement> {
  const rowOf = new Map<string, number>(groups.map((g, i) => [g.id, i]));
  const ungrouped = groups.length;
  const n = items.length;
  const byRow: number[][] = Array.from({ length: groups.length + 1 }, () => []);
  const crowding = Number.isFinite(o.maxLanes);
  // The passes over every item read its columns (item-columns.ts), not the item objects.
  const { starts, ends, indexes } = itemColumns(items);
  const startX = new Float64Array(n);
  const rowIndex = new Int32Array(n).fill(ungrouped);
  // Without ranks, the first in time come first.
  const rankAt = new Float64Array(n);
  const ranks = o.ranks;
  for (let i = 0; i < n; i++) {
    startX[i] = toX(starts[i]!);
    rankAt[i] = ranks ? ranks[indexes[i]!]! : i;
  }
  if (groups.length > 0) {
    for (let i = 0; i < n; i++) {
      const group = items[i]!.group;
      if (group !== undefined) rowIndex[i] = rowOf.get(group) ?? ungrouped;
    }
  }
  // The item holding the tab stop is the first until the user moves it: found at once.
  const keepAt = indexOfId(items, o.keepId);
  const preferAt = indexOfId(items, o.preferId);
  // Better than every rank (0 and up) but the kept one's (-1, byRank).
  if (preferAt >= 0) rankAt[preferAt] = -0.5;
  // Which events are measured and placed; the others are counted into chips at once.
  // An event is drawn with its label beside its marker, and a lane keeps laneGap free between two
  // events: two that start closer than a label is wide share a lane only with their labels on
  // either side, one before its marker and one after. A label is wider than a chip (clusterWidth)
  // in all but rare cases (a title of a letter or two), so of the events that start within one
  // chip's width at most two a lane can be drawn, and beyond 2 · maxLanes of them the rest are
  // counted at once, unmeasured; at 10,000 events in view most are, and only what can be drawn is
  // laid out. (Columns as narrow as a marker, 10 px, let five times as many through to be measured
  // for 2 % more labels: 97 against 95 in the fitted view of 10,000 at 1,200 px, and a third of
  // that layout's time.) Which go on: the best ranked (label-rank.ts), else the first in time.
  let measured: Uint8Array | undefined;
  if (crowding) {
    measured = new Uint8Array(n);
    const max = 2 * o.maxLanes!;
    const column = chipWidth(o);
    // One column from a width left of the view to two widths right of it (events starting
    // further out are clamped into the end columns, where they overlap anyway).
    const columns = Math.ceil((3 * o.width) / column) + 1;
    // Per row and column: the best ranks of the events that start there, best first (`max`
    // slots a column, empty ones Infinity; a rank no better than the last slot's is not kept).
    const best: (Float64Array | undefined)[] = [];
    const cellOf = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      const at = Math.min(columns - 1, Math.max(0, Math.floor((startX[i]! + o.width) / column)));
      cellOf[i] = at;
      if (i === keepAt) continue;
      const slots = (best[rowIndex[i]!] ??= new Float64Array(columns * max).fill(Infinity));
      const rank = rankAt[i]!;
      const first = at * max;
      let k = first + max - 1;
      if (rank >= slots[k]!) continue;
      for (; k > first && slots[k - 1]! > rank; k--) slots[k] = slots[k - 1]!;
      slots[k] = rank;
    }
    if (keepAt >= 0) measured[keepAt] = 1;
    for (let i = 0; i < n; i++) if (i !== keepAt) measured[i] = rankAt[i]! <= best[rowIndex[i]!]![cellOf[i]! * max + max - 1]! ? 1 : 0;
  }
  // Rows with events counted into chips unmeasured; only the others are listed per row (at
  // 100,000 events in view a few thousand), so a crowded view makes nothing per counted event.
  const counted = new Uint8Array(groups.length + 1);
  for (let i = 0; i < n; i++) {
    if (measured && !measured[i]) counted[rowIndex[i]!] = 1;
    else byRow[rowIndex[i]!]!.push(i);
  }
  yield;
  // Each event's marker and label, measured when first needed: in a crowded row only for the
  // events that may still find a lane.
  const placed: (PlacedItem | undefined)[] = new Array<PlacedItem | undefined>(n);
  // One event's marker and its label beside it, measured; its lane is not known yet (across is -1).
  const placeAt = (i: number): PlacedItem =>
    (placed[i] ??= (() => {
      const item = items[i]!;
      const kind = markerSpan(item, startX[i]!, toX, o, span);
      const x0 = span[0]!;
      const x1 = span[1]!;
      const size = labelSize(item);
      const w = size.width;
      const labelX = o.labelAlong?.(item, x0, w) ?? labelStart(kind, x0, x1, w, o);
      return {
        item,
        kind,
        alongStart: x0,
        alongEnd: x1,
        labelAlong: labelX,
        labelLength: w,
        spanStart: Math.min(x0, labelX),
        spanEnd: Math.max(x1, labelX + w),
        // -1 until a lane is found; an event left at -1 is in a cluster, not drawn.
        across: -1,
        breadth: Math.max(o.laneHeight, size.height),
        row: rowIndex[i]!,
      };
    })());
  const laned = new Uint8Array(n);
  // Per row: its place in `rows`, and where its lane of chips goes (NaN: it has none).
  const rowNumber = new Int32Array(groups.length + 1);
  const chipsAcross = new Float64Array(groups.length + 1).fill(NaN);
  const rows: PlacedRow[] = [];
  let y = 0;
  const spacing = o.laneSpacing ?? 0;
  byRow.forEach((members, row) => {
    const group = groups[row];
    // The row of items without a group is left out where none is near, unless it has a floor.
    if (members.length === 0 && !counted[row] && !group && !o.rowFloors?.[row]) return;
    // The lanes of a row, its items taken in order of `rank` (best first), each into the lowest
    // lane it fits in (rank-lanes.ts). Only the items that can still get a lane are measured: one
    // whose marker finds every lane taken by better ranked ones goes into a chip unmeasured.
    const stack = (rank: (i: number) => number): { lanes: Int32Array; count: number } => {
      const lanes = new Int32Array(members.length).fill(-1);
      const taken = new RankLanes(o.maxLanes ?? Infinity, o.laneGap);
      for (const k of rankOrder(Float64Array.from(members, rank))) {
        const i = members[k]!;
        if (!mayTake(taken, items[i]!, markerSpan(items[i]!, startX[i]!, toX, o, span), span[0]!, span[1]!, o)) continue;
        const p = placeAt(i);
        const lane = taken.lowestFree(p.spanStart, p.spanEnd);
        if (lane >= 0) {
          taken.put(lane, p.spanStart, p.spanEnd);
          lanes[k] = lane;
        }
      }
      return { lanes, count: taken.count };
    };
    // A row with chips already is laid out by rank at once; else in time order, when all fit: each
    // item in the lowest lane it fits in, so that a row read from the top runs from the first item
    // on. (In order of where each item's extent starts, the most compact, an item whose label goes
    // before its marker came first and sat above an earlier one: a story read backwards.) The ranks
    // in time are the members themselves, positions in `items`, which come in time order; but
    // ranks below the selected item's come first (a stage's items drawn before it: motion.ts).
    // Where not all fit, by rank, so that the same events keep their labels from one window to the
    // next; the event with focus first, so that it is never hidden in a chip.
    const inTime = counted[row] ? undefined : stack((i) => (rankAt[i]! < -0.5 ? rankAt[i]! : i));
    const { lanes, count } = inTime && !inTime.lanes.includes(-1) ? inTime : stack((i) => (i === keepAt ? -1 : rankAt[i]!));
    // A lane is as tall as its tallest label: lanes of short titles stay thin.
    const laneTops = new Float64Array(count + 1);
    for (let k = 0; k < members.length; k++) {
      const lane = lanes[k]!;
      if (lane >= 0) laneTops[lane + 1] = Math.max(laneTops[lane + 1]!, placed[members[k]!]!.breadth + spacing);
    }
    for (let lane = 1; lane <= count; lane++) laneTops[lane] = laneTops[lane]! + laneTops[lane - 1]!;
    const header = groups.length > 0 ? o.headerHeight : 0;
    const top = y + header;
    let chips = counted[row] === 1;
    for (let k = 0; k < members.length; k++) {
      const i = members[k]!;
      if (lanes[k]! >= 0) {
        const p = placed[i]!;
        p.row = rows.length;
        p.across = top + laneTops[lanes[k]!]!;
        laned[i] = 1;
      } else chips = true;
    }
    let bottom = top + laneTops[count]!;
    let used = count;
    rowNumber[row] = rows.length;
    if (chips) {
      chipsAcross[row] = bottom;
      used++;
      bottom += o.laneHeight + spacing;
    }
    const height = Math.max(header + o.laneHeight + spacing, bottom - y, o.rowFloors?.[row] ?? 0);
    if (o.rowFloors) o.rowFloors[row] = height;
    rows.push({ ...(group ? { group } : {}), across: y, breadth: height, lanes: used });
    y += height;
  });
  yield;
  const drawn: PlacedItem[] = [];
  for (let i = 0; i < n; i++) if (laned[i]) drawn.push(placed[i]!);
  // The events that found no lane, swept into "+N" chips that never overlap, row by row in one
  // pass in order of x (the events come in time order, as nearView hands them over, the one
  // holding the tab stop included; it always has a lane): a chip takes every event that starts
  // within its width, the next one starts where it ends or later. (Those that began before the
  // view come first: one that reaches into it starts its chip at the view's edge; one that ended
  // before it, within a label's reach, is counted where it ended, or in the chip at the edge when
  // an earlier one started that chip.)
  const width = chipWidth(o);
  const chip = width - o.laneGap;
  const current: (PlacedCluster | undefined)[] = [];
  const clusters: PlacedCluster[] = [];
  for (let i = 0; i < n; i++) {
    if (laned[i]) continue;
    const row = rowIndex[i]!;
    // An item that began before the view and reaches into it is counted at the view's start: where
    // it began, its chip was out of view, and the item neither drawn nor counted in sight (an
    // outside harness: 26 of 90 items so at 1,200 px, zoomed into the hours they all span).
    const x = Math.max(startX[i]!, Math.min(0, toX(ends[i]!)));
    const last = current[row];
    if (last && x < last.alongStart + width) {
      last.count++;
      if (starts[i]! < last.start) last.start = starts[i]!;
      if (ends[i]! > last.end) last.end = ends[i]!;
      continue;
    }
    // Not within the last chip's width: this chip starts at x, where that one ends or later.
    const next: PlacedCluster = { count: 1, start: starts[i]!, end: ends[i]!, alongStart: x, alongEnd: x + chip, across: chipsAcross[row]!, row: rowNumber[row]! };
    current[row] = next;
    clusters.push(next);
  }
  // Row by row, as the rows are listed (a stable sort keeps each row's chips in order of x).
  clusters.sort((a, b) => a.row - b.row);
  return { items: drawn, rows, clusters, height: y };
}

/** Where markerSpan writes: read at once, before the next call. */
const span = new Float64Array(2);

/**
 * Where an event's marker goes, written to `out` (from, to), and how it is drawn: a point around
 * its start `x`, a band over its span, at least minBandWidth wide. No pair is made: this runs for
 * thousands of events a frame.
 */
function markerSpan(item: TimelineItem, x: number, toX: (ms: number) => number, o: PlacementOptions, out: Float64Array): MarkerKind {
  const end = toX(item.end);
  const kind = drawnKind(item, end - x, o.pointRadius);
  const grow = kind === 'point' ? o.pointRadius : Math.max(0, o.minBandWidth - (end - x)) / 2;
  out[0] = x - grow;
  out[1] = (kind === 'point' ? x : end) + grow;
  return kind;
}

/**
 * Whether some lane may still take an event whose marker is [x0, x1]: its marker must be free,
 * and (with a lower bound of its label's width) what its label covers wherever it goes. In a
 * crowded row most events find every lane taken and their label (its date line) is never made.
 */
function mayTake(taken: RankLanes, item: TimelineItem, kind: MarkerKind, x0: number, x1: number, o: PlacementOptions): boolean {
  // Every place its label may reach covers its marker: with the marker's place taken in every
  // lane, its title is not wrapped for a bound (10,000 items: 589 titles wrapped for the first
  // picture instead of 641, 2,325 over the bench's 60 window steps instead of 2,940).
  if (taken.lowestFree(x0, x1) < 0) return false;
  const least = o.labelAtLeast?.(item);
  if (least === undefined) return true;
  const { spans, room } = labelReach(kind, x0, x1, least, o);
  for (let k = 0; k < spans.length; k += 2) if (taken.lowestFree(spans[k]!, spans[k + 1]!) >= 0) return true;
  return taken.lowestFree(x0, x1, room) >= 0;
}
