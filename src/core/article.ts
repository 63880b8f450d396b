import { itemColumns, type ItemColumns } from './item-columns.js';
import { assignLanesByRank } from './rank-lanes.js';
import { drawnKind, indexOfId, type TimelineItem } from './model.js';
import type { TimelineGroup } from './types.js';
import type { LabelSize, PlacedCluster, PlacedItem } from './placement.js';

/**
 * The vertical layout reads like an article: time runs down a rail on the inline-start side
 * and each item is a card beside it, in time order. A card starts level with its point on the
 * rail; where items are close in time, cards push each other down and a leader line joins
 * each card to its true point. Crowded stretches keep a few cards and count the rest into
 * "+N" chips in the flow, so a view of thousands of items draws a few hundred at most.
 *
 * Coordinates follow Placement: *along* the time axis (down the page), *across* it (from the
 * inline-start edge). A placed card's box is along [labelAlong, labelAlong + labelLength] and
 * across [across, across + breadth]; its marker on the rail is along [alongStart, alongEnd].
 */
export interface ArticleOptions {
  /** Length of the rail for the view, in px: the view's start is at 0, its end here. */
  length: number;
  /** Height of one line of text: a card's first line (its date) sits level with its point. */
  lineHeight: number;
  /** Space between two cards, and between a card and a chip. */
  gap: number;
  /** Where cards begin across the axis, and how wide they are. */
  cardStart: number;
  cardWidth: number;
  /** Half a point marker's size along the rail; a band is never drawn shorter than minBand. */
  pointRadius: number;
  minBand: number;
  /** With more items than this in the view, crowded stretches turn into chips. */
  crowdedAbove: number;
  /**
   * In a crowded view: at most `perBin` cards start in each stretch of `binPx` of rail. Stretches
   * are counted from fixed times `cellMs` apart (from each one's place on the rail), not from the
   * view's top: see crowdedEntries.
   */
  binPx: number;
  perBin: number;
  cellMs: number;
  /** The time at the rail's top. */
  viewStart: number;
  chipHeight: number;
  /** The item holding the tab stop: always drawn, never counted into a chip. */
  keepId: string | null;
  /** The selected item: in a crowded stretch its card comes before the others (its details are open). */
  preferId?: string | null;
  /**
   * Each item's rank by `item.index` (label-rank.ts): in a crowded view the best ranked items of
   * each stretch get its cards, so that zooming and panning keep the same cards. Without, the first in time.
   */
  ranks?: Float64Array;
  /** What the caller knows of `items` already (the vertical frame: inView), to spare passes over the item objects; read from them when absent. */
  known?: KnownItems;
  /**
   * Items before `items` (in time order) that ended before the view, whose cards may still reach
   * into it: with those of `items` that did, they slide out over the rail's top (see layArticle).
   */
  above?: readonly TimelineItem[];
  /** How far above the rail's top an item may have ended and its card still be laid out, in px. */
  reach?: number;
}

/**
 * Of the items handed to layArticle: their columns; how many are in the view (more than
 * `crowdedAbove`, and crowded stretches turn into chips); where the kept and the selected item
 * are among them (-1: not there), and the kept item when it is not (drawn apart, out of view).
 * `items` may then hold items that end before the view: they are left out as the view's own are.
 */
export interface KnownItems {
  columns: ItemColumns;
  count: number;
  keep: number;
  kept?: TimelineItem;
  prefer: number;
}

export interface Article {
  items: PlacedItem[];
  clusters: PlacedCluster[];
  /** How far down the cards reach: at least the rail's length. */
  extent: number;
}

interface Entry {
  anchor: number;
  item?: TimelineItem;
  chip?: PlacedCluster;
  /** An item that ended before the view: its card is laid out from where it ended (anchor), above the rail's top. */
  gone?: boolean;
}

/**
 * Lays out the cards for the items of a view, given in time order (those that start before
 * its end and end after its start, plus the kept one). Linear in the number of items, and only
 * the cards drawn are measured.
 */
export function layArticle(items: readonly TimelineItem[], toPx: (ms: number) => number, labelSize: (item: TimelineItem) => LabelSize, o: ArticleOptions): Article {
  // Read from columns of numbers: a pass over 10,000 item objects is slower (item-columns.ts).
  // Where the kept item is, found once: it is the first item until the user moves the tab stop.
  const known = o.known ?? { columns: itemColumns(items), count: items.length, keep: indexOfId(items, o.keepId), prefer: indexOfId(items, o.preferId) };
  const { columns, keep } = known;
  const { starts, ends } = columns;
  // toPx keeps order: an item that starts in view ends in view or after it.
  const outside = (i: number) => toPx(starts[i]!) > o.length || toPx(ends[i]!) < 0;
  const kept = known.kept ?? (keep >= 0 && outside(keep) ? items[keep] : undefined);
  const entries: Entry[] = [];
  // Whether any card leaves over the top (a crowded view's frames have none).
  let leaving = false;
  if (known.count > o.crowdedAbove) crowdedEntries(items, columns, keep, known.prefer, toPx, o, entries);
  else {
    // A story read on a phone is dragged up like a page: the card of an item that leaves over the
    // rail's top goes with it, cut by the plot's edge, and the cards it pushed down stay where they
    // were. (Left out as soon as its time was above the top, it first stood at the top while its
    // point went on, then vanished, and the cards below it jumped up by its height.) Until the first
    // item in the view, each that ended above it within `reach` is laid out, its card's top where
    // it ended or the rail's top, whichever is higher (a card held at the top while its item's time
    // ran into the view leaves with its end, an instant's goes up with its point), and drawn while
    // any of it is in the plot.
    // One whose time lies within an earlier item's (a day inside a month that runs into the view,
    // whose card is held at the top) leaves under that item's card, with the story: it vanished, and
    // the cards below it jumped up.
    const reach = o.reach ?? 0;
    const ended = (end: number, item: TimelineItem | undefined) => toPx(end) > -reach && (leaving = true) && entries.push({ anchor: toPx(end), item, gone: true });
    for (const item of o.above ?? []) ended(item.end, item);
    for (let i = 0; i < items.length; i++) {
      if (!outside(i)) entries.push({ anchor: Math.max(0, toPx(starts[i]!)), item: items[i] });
      else if (toPx(starts[i]!) <= o.length) ended(ends[i]!, items[i]);
    }
  }
  const placed: PlacedItem[] = [];
  const clusters: PlacedCluster[] = [];
  // The cards laid out so far (drawn or not), with their items' ends, kept only where cards leave
  // over the top, and how far down any reaches.
  const laid: { end: number; bottom: number }[] = [];
  let lowest = -Infinity;
  const half = o.lineHeight / 2;
  let keptDrawn = false;
  for (const entry of entries) {
    const item = entry.item;
    let top = Math.max(0, entry.anchor - half, lowest + o.gap);
    // A card leaving over the top: pushed down by the cards before it, but under those of the items
    // whose time holds its own, from where it stood below them when its time left the view.
    let holding = -Infinity;
    if (entry.gone) {
      let before = -Infinity;
      for (const other of laid) {
        if (other.end <= item!.end) before = Math.max(before, other.bottom);
        else holding = Math.max(holding, other.bottom);
      }
      top = Math.max(entry.anchor + Math.max(0, holding + o.gap), before + o.gap);
    }
    if (entry.chip) {
      entry.chip.alongStart = top;
      entry.chip.alongEnd = top + o.chipHeight;
      clusters.push(entry.chip);
      lowest = entry.chip.alongEnd;
      continue;
    }
    const card = place(item!, top, toPx, labelSize, o);
    const bottom = top + card.labelLength;
    lowest = Math.max(lowest, bottom);
    // It slides out under an edge a gap below the cards that hold it: the part above that edge is
    // hidden. (Drawn under those cards instead, its lines showed in the gaps between them, and
    // just below the lowest, where they read as that card's own.)
    const edge = holding + o.gap;
    // Wholly above the plot, or above that edge: not drawn (it pushed the cards below it until it left).
    const drawn = bottom > Math.max(0, edge);
    if (leaving) laid.push({ end: item!.end, bottom });
    if (!drawn) continue;
    if (edge > top) card.hidden = edge - top;
    placed.push(card);
    if (item!.id === o.keepId) keptDrawn = true;
  }
  laneBands(placed);
  const extent = Math.max(o.length, lowest);
  // The item with the tab stop, out of view: in time order among the others (a focused element
  // moved in the DOM would lose its focus), and wholly outside the plot, which clips it: its card,
  // its point and the leader line between them. Where its time is, cards pushed down past the
  // rail's end (or a tall card just before the window's start) would lie under it. Tabbing onto
  // it brings it into the window.
  if (kept && !keptDrawn) {
    const card = place(kept, toPx(kept.start) - half, toPx, labelSize, o);
    const before = toPx(kept.end) < 0;
    const shift = before ? Math.min(0, -o.gap - card.spanEnd) : Math.max(0, extent + o.gap - card.spanStart);
    card.alongStart += shift;
    card.alongEnd += shift;
    card.labelAlong += shift;
    card.spanStart += shift;
    card.spanEnd += shift;
    if (before) placed.unshift(card);
    else placed.push(card);
  }
  return { items: placed, clusters, extent };
}

/**
 * The entries of a crowded view, stretch by stretch of rail: in each, its `perBin` best ranked
 * items (or first in time) and the kept item as cards, every other counted into one chip,
 * placed where the first of them is. Items come in time order, so a stretch's items are one
 * run, found by a binary search; its passes read columns of numbers only (a cold page runs
 * them before they are compiled: 10,000 items took 8-20 ms item by item with a map of stretches).
 */
/** Stretches a cell of crowdedEntries may hold (a key's part for its cell, another for its stretch: exact in a double for any date). */
const STRETCHES_A_CELL = 1024;

function crowdedEntries(items: readonly TimelineItem[], columns: ItemColumns, keep: number, prefer: number, toPx: (ms: number) => number, o: ArticleOptions, entries: Entry[]): void {
  const { starts, ends, indexes } = columns;
  const ranks = o.ranks;
  const n = starts.length;
  // Items that start before the view are in its first stretch; those that end before it are left out.
  const gone = (i: number) => toPx(starts[i]!) < 0 && toPx(ends[i]!) < 0;
  // Stretches are counted from fixed times, not from the view's top: a window that pans keeps its
  // stretches, and with them which items are cards and what each chip holds. They were counted
  // from the epoch's place on the rail, tens of thousands of px above the view, where the rail's
  // scale, which changes a little as a window pans (rail.ts: what its ends hold), moved it by
  // 300 px a frame: a crowded phone view panned by a hair blinked half a dozen cards in and out
  // every frame. Counted instead from the times `cellMs` apart (a quarter of the view or less),
  // each from its own place on the rail: an item's stretch moves only with its distance from the
  // cell's start, a few px at most over a pan.
  const stretchAt = (ms: number) => {
    const cell = Math.floor(ms / o.cellMs);
    return cell * STRETCHES_A_CELL + Math.min(STRETCHES_A_CELL - 1, Math.floor(Math.max(0, toPx(ms) - toPx(cell * o.cellMs)) / o.binPx));
  };
  const stretchOf = (i: number) => stretchAt(Math.max(starts[i]!, o.viewStart));
  const first = stretchAt(o.viewStart);
  const best: number[] = [];
  for (let from = 0; from < n; ) {
    if (toPx(starts[from]!) > o.length) break;
    const bin = stretchOf(from);
    let to = from + 1;
    let hi = n;
    while (to < hi) {
      const mid = (to + hi) >> 1;
      if (stretchOf(mid) <= bin && toPx(starts[mid]!) <= o.length) to = mid + 1;
      else hi = mid;
    }
    // The stretch's best items, best first (perBin is one or a few): by rank, or first in time.
    best.length = 0;
    for (let i = from; i < to; i++) {
      if (i === keep || (bin === first && gone(i))) continue;
      const rank = rankOf(i);
      if (best.length === o.perBin && rank >= rankOf(best[best.length - 1]!)) continue;
      if (best.length === o.perBin) best.pop();
      let k = best.length;
      while (k > 0 && rankOf(best[k - 1]!) > rank) k--;
      best.splice(k, 0, i);
    }
    let chip: PlacedCluster | undefined;
    for (let i = from; i < to; i++) {
      if (bin === first && gone(i)) continue;
      if (i === keep || best.includes(i)) entries.push({ anchor: Math.max(0, toPx(starts[i]!)), item: items[i] });
      else if (chip) {
        chip.count++;
        chip.start = Math.min(chip.start, starts[i]!);
        chip.end = Math.max(chip.end, ends[i]!);
      } else {
        chip = { count: 1, start: starts[i]!, end: ends[i]!, alongStart: 0, alongEnd: 0, across: o.cardStart, row: 0 };
        entries.push({ anchor: Math.max(0, toPx(starts[i]!)), chip });
      }
    }
    from = to;
  }
  function rankOf(i: number): number {
    if (i === prefer) return -1;
    return ranks ? ranks[indexes[i]!]! : i;
  }
}

function place(item: TimelineItem, top: number, toPx: (ms: number) => number, labelSize: (item: TimelineItem) => LabelSize, o: ArticleOptions): PlacedItem {
  let markStart = toPx(item.start);
  let markEnd = toPx(item.end);
  const kind = drawnKind(item, markEnd - markStart, o.pointRadius);
  const grow = kind === 'point' ? o.pointRadius : Math.max(0, o.minBand - (markEnd - markStart)) / 2;
  if (kind === 'point') markEnd = markStart;
  markStart -= grow;
  markEnd += grow;
  const size = labelSize(item);
  return {
    item,
    kind,
    alongStart: markStart,
    alongEnd: markEnd,
    labelAlong: top,
    labelLength: size.height,
    spanStart: Math.min(markStart, top),
    spanEnd: Math.max(markEnd, top + size.height),
    across: o.cardStart,
    breadth: o.cardWidth,
    row: 0,
  };
}

/** Bands beside the rail take side lanes where they overlap in time, so that each period shows its own extent. */
function laneBands(placed: PlacedItem[]): void {
  const bands = placed.filter((p) => p.kind === 'band');
  if (bands.length < 2) return;
  // In order of start, each in the lowest free lane: as few side lanes as the most bands over one instant.
  const starts = Float64Array.from(bands, (p) => p.alongStart);
  const { lanes } = assignLanesByRank(starts, Float64Array.from(bands, (p) => p.alongEnd), starts, 2, Infinity);
  bands.forEach((p, i) => (p.markerLane = lanes[i]!));
}

/**
 * A card's date line, its group's name after the date ("20 June · Russia"): beside the rail the
 * cards of every group share one column, and a group told by its colour alone is lost on a
 * reader who does not see colours apart. Without groups, the date line as it is.
 */
export function cardDateLine(when: (item: TimelineItem) => string, groups: readonly TimelineGroup[]): (item: TimelineItem) => string {
  if (groups.length === 0) return when;
  return (item) => {
    const label = groups.find((g) => g.id === item.group)?.label;
    return label === undefined ? when(item) : `${when(item)} · ${label}`;
  };
}
