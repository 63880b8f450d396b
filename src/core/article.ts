import { assignLaneSpans } from './lanes.js';
import type { TimelineItem } from './model.js';
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
  /** In a crowded view: at most `perBin` cards start in each stretch of `binPx` of rail. */
  binPx: number;
  perBin: number;
  chipHeight: number;
  /** The item holding the tab stop: always drawn, never counted into a chip. */
  keepId: string | null;
  /**
   * Each item's rank by `item.index` (label-rank.ts): in a crowded view the best ranked items of
   * each stretch get its cards, so that zooming and panning keep the same cards. Without, the first in time.
   */
  ranks?: Float64Array;
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
}

/**
 * Lays out the cards for the items of a view, given in time order (those that start before
 * its end and end after its start, plus the kept one). Linear in the number of items, and only
 * the cards drawn are measured.
 */
export function layArticle(items: readonly TimelineItem[], toPx: (ms: number) => number, labelSize: (item: TimelineItem) => LabelSize, o: ArticleOptions): Article {
  const crowded = items.length > o.crowdedAbove;
  const chosen = crowded && o.ranks ? bestInStretches(items, toPx, o, o.ranks) : undefined;
  const entries: Entry[] = [];
  // In a crowded view: how many cards each stretch of rail has, and its open chip.
  const seen = new Map<number, { cards: number; chip?: PlacedCluster }>();
  let kept: TimelineItem | undefined;
  for (const item of items) {
    const at = toPx(item.start);
    const anchor = Math.max(0, at);
    if (anchor > o.length || toPx(item.end) < 0) {
      if (item.id === o.keepId) kept = item;
      continue;
    }
    if (crowded && item.id !== o.keepId) {
      const bin = stretchOf(item, toPx, o);
      let stretch = seen.get(bin);
      if (!stretch) seen.set(bin, (stretch = { cards: 0 }));
      if (chosen ? !chosen.has(item) : stretch.cards >= o.perBin) {
        if (stretch.chip) {
          stretch.chip.count++;
          stretch.chip.start = Math.min(stretch.chip.start, item.start);
          stretch.chip.end = Math.max(stretch.chip.end, item.end);
        } else {
          stretch.chip = { count: 1, start: item.start, end: item.end, alongStart: 0, alongEnd: 0, across: o.cardStart, row: 0 };
          entries.push({ anchor, chip: stretch.chip });
        }
        continue;
      }
      stretch.cards++;
    }
    entries.push({ anchor, item });
  }
  const placed: PlacedItem[] = [];
  const clusters: PlacedCluster[] = [];
  let bottom = -Infinity;
  const half = o.lineHeight / 2;
  for (const entry of entries) {
    const top = Math.max(0, entry.anchor - half, bottom + o.gap);
    if (entry.chip) {
      entry.chip.alongStart = top;
      entry.chip.alongEnd = top + o.chipHeight;
      clusters.push(entry.chip);
      bottom = entry.chip.alongEnd;
      continue;
    }
    const card = place(entry.item!, top, toPx, labelSize, o);
    placed.push(card);
    bottom = top + card.labelLength;
  }
  laneBands(placed);
  // The item with the tab stop, out of view: where its time is, beyond the rail's ends, and in
  // time order among the others (a focused element moved in the DOM would lose its focus).
  if (kept) {
    const card = place(kept, toPx(kept.start) - half, toPx, labelSize, o);
    if (toPx(kept.end) < 0) placed.unshift(card);
    else placed.push(card);
  }
  return { items: placed, clusters, extent: Math.max(o.length, bottom) };
}

/** The stretch of rail an item in view starts in: its time's px, or the rail's start for one that began before the view. */
const stretchOf = (item: TimelineItem, toPx: (ms: number) => number, o: ArticleOptions) => Math.floor(Math.max(0, toPx(item.start)) / o.binPx);

/** In each stretch of rail, the `perBin` items in view with the best ranks (the kept item aside: it is always drawn). */
function bestInStretches(items: readonly TimelineItem[], toPx: (ms: number) => number, o: ArticleOptions, ranks: Float64Array): Set<TimelineItem> {
  const best = new Map<number, TimelineItem[]>();
  const rankOf = (item: TimelineItem) => ranks[item.index]!;
  for (const item of items) {
    const at = toPx(item.start);
    if (item.id === o.keepId || Math.max(0, at) > o.length || toPx(item.end) < 0) continue;
    const bin = stretchOf(item, toPx, o);
    let list = best.get(bin);
    if (!list) best.set(bin, (list = []));
    // A short list, best first: perBin is one or a few.
    if (list.length === o.perBin && rankOf(item) >= rankOf(list[list.length - 1]!)) continue;
    if (list.length === o.perBin) list.pop();
    let k = list.length;
    while (k > 0 && rankOf(list[k - 1]!) > rankOf(item)) k--;
    list.splice(k, 0, item);
  }
  const chosen = new Set<TimelineItem>();
  for (const list of best.values()) for (const item of list) chosen.add(item);
  return chosen;
}

function place(item: TimelineItem, top: number, toPx: (ms: number) => number, labelSize: (item: TimelineItem) => LabelSize, o: ArticleOptions): PlacedItem {
  let markStart = toPx(item.start);
  let markEnd = markStart;
  if (item.kind === 'point') {
    markStart -= o.pointRadius;
    markEnd += o.pointRadius;
  } else {
    markEnd = toPx(item.end);
    const grow = Math.max(0, o.minBand - (markEnd - markStart)) / 2;
    markStart -= grow;
    markEnd += grow;
  }
  const size = labelSize(item);
  return {
    item,
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
  const bands = placed.filter((p) => p.item.kind === 'band');
  if (bands.length < 2) return;
  const { lanes } = assignLaneSpans(Float64Array.from(bands, (p) => p.alongStart), Float64Array.from(bands, (p) => p.alongEnd), 2);
  bands.forEach((p, i) => (p.markerLane = lanes[i]!));
}
