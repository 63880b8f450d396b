import { layArticle, type KnownItems } from './article.js';
import { itemColumns, type ItemColumns } from './item-columns.js';
import { labelRanks } from './label-rank.js';
import { remembered } from './remembered.js';
import { fitDomain } from './domain.js';
import { CARD_PAD, LANE_HEIGHT, LANE_SPACING, MARKER, positionOf, type Frame, type FrameInput } from './frame.js';
import type { EventsById, TimelineItem } from './model.js';
import type { Placement } from './placement.js';
import { railGutter, spacedTicks, TICK_LABEL_HALF, writtenBreaks } from './rail-labels.js';
import { railScale, type Rail } from './rail.js';
import { coveredSpans } from './rail-spans.js';
import type { Steps } from './steps.js';
import type { View } from './view.js';
import { stretchTicks, type Stretch } from './rail-ticks.js';
import { chooseInterval, viewTicks, withYear } from './ticks.js';
import { tickCount, type TextWidth } from './axis-ticks.js';

/**
 * The vertical layout's frame (computeFrame, frame.ts, when time runs down the page): the
 * rail's length, its scale with breaks, the cards beside it. It comes with the vertical layout
 * (parts/article.ts).
 */

const VERTICAL_MIN_PX = 480;
const VERTICAL_MAX_PX = 3200;
/** Stories this short have every card measured to size the rail; longer ones estimate from their spacing. */
const ARTICLE_MEASURED = 60;
/** Between the rail and the cards: room for the leader lines. */
const CARD_INDENT = 18;
/** Cards wider than this many label measures read worse, not better. */
const CARD_MEASURES = 1.6;
/** A view with more items than this turns crowded stretches of the rail into chips. */
const ARTICLE_CROWDED = 40;
/** Items that ended above a view laid out at most, their cards sliding out over the rail's top (layOut). */
const GONE_AT_MOST = 12;

/**
 * The rail's length for the fitted view: as long as the cards of a short story are tall
 * together, so that evenly spread items each sit level with their point; a long story's from
 * the spacing of its items.
 */
export function articleLength(items: readonly TimelineItem[], span: number, cardHeight: (item: TimelineItem) => number, lineHeight: number): number {
  if (items.length > ARTICLE_MEASURED) return verticalLength(items, span, 3 * lineHeight);
  let total = 0;
  for (const item of items) total += cardHeight(item) + LANE_SPACING;
  return Math.round(Math.min(VERTICAL_MAX_PX, Math.max(VERTICAL_MIN_PX, total)));
}

/**
 * In the vertical layout the axis is long enough that most neighbouring events get a line
 * each (the 75th percentile of what each pair needs), within bounds: on a phone one column
 * that scrolls with the page reads better than many columns side by side.
 */
export function verticalLength(items: readonly TimelineItem[], span: number, lineHeight: number): number {
  // Every frame of the vertical layout asks; sorting the gaps of 10,000 items each time cost ms a frame.
  const key = `${span}|${lineHeight}`;
  const known = lengths.get(items);
  if (known?.key === key) return known.length;
  const length = measureVerticalLength(items, span, lineHeight);
  lengths.set(items, { key, length });
  return length;
}

/** The rail's length last worked out per list of items, with the span and line height it was for. */
const lengths = new WeakMap<readonly TimelineItem[], { key: string; length: number }>();

function measureVerticalLength(items: readonly TimelineItem[], span: number, lineHeight: number): number {
  // A typed array sorts numbers natively, without a comparator call per comparison (10,000
  // items: about 130,000 calls, a tenth of a cold first picture at 360 px).
  const { starts } = itemColumns(items);
  const needs = new Float64Array(Math.max(0, items.length - 1));
  for (let i = 1; i < items.length; i++) {
    const gap = starts[i]! - starts[i - 1]!;
    needs[i - 1] = gap > 0 ? ((lineHeight + 4) * span) / gap : Infinity;
  }
  needs.sort();
  const need = needs.length > 0 ? needs[Math.floor((needs.length - 1) * 0.75)]! : 0;
  return Math.round(Math.min(VERTICAL_MAX_PX, Math.max(VERTICAL_MIN_PX, need)));
}

/** The run of items inView gives (the first that reaches the view to the last that starts in it), in the story's columns. */
interface Run {
  all: ItemColumns;
  from: number;
  to: number;
}

const reaches = new WeakMap<readonly TimelineItem[], Float64Array>();

/**
 * The run of items in `view`: a period that begins at the view's very end is not in it (a 10 June
 * window is 10 June: an outside harness saw its foot say "+30 more events, Jun 11 - Jun 19", days
 * that begin at midnight after it), an instant there is, at its edge, as in the horizontal
 * layout. Both ends by binary search: the items are in time order, and the
 * latest end among the items up to each (`reaches`, made once per list) rises, so the first item
 * that reaches the view is where it first reaches it (a scan from the story's first item read
 * thousands of ends a frame, twice: for the article and for the rail).
 */
function runOf(items: readonly TimelineItem[], [v0, v1]: View): Run {
  const all = itemColumns(items);
  const reach = remembered(reaches, items, () => {
    let latest = -Infinity;
    return all.ends.map((end) => (latest = Math.max(latest, end)));
  });
  let to = 0;
  for (let hi = items.length; to < hi; ) {
    const mid = (to + hi) >> 1;
    if (all.starts[mid]! <= v1) to = mid + 1;
    else hi = mid;
  }
  // Of those that start at v1 the instants come first (time order is by start, then by end).
  while (to > 0 && all.starts[to - 1] === v1 && all.ends[to - 1]! > v1) to--;
  let from = 0;
  for (let hi = to; from < hi; ) {
    const mid = (from + hi) >> 1;
    if (reach[mid]! < v0) from = mid + 1;
    else hi = mid;
  }
  return { all, from, to };
}

/**
 * The rail for `view` over `length` px: its breaks between the run's items, and room at an end
 * of the view beyond which nothing of the story lies (no item ends before it, or none starts after).
 */
function railOf(items: readonly TimelineItem[], view: View, length: number, itemPx: number, { all, from, to }: Run = runOf(items, view)): Rail {
  const spans = coveredSpans(all.starts.subarray(from, to), all.ends.subarray(from, to), view);
  // The nearest items outside the view, whose gaps to its first and last items may be cut: the
  // latest end before the run (an item of the run that ends before the view comes after its first,
  // which then reaches across the view's start, and no gap there is in the view), the first start after it.
  const beyond = [from > 0 ? reaches.get(items)![from - 1] : undefined, to < items.length ? all.starts[to] : undefined] as const;
  return railScale(view, spans, length, { ...BREAK, itemPx }, [from === 0, to === items.length], remembered(fits, items, () => fitDomain(items) ?? view), beyond);
}

/** The window a story is fitted in (domain.ts), per list: the room it leaves is what the rail squeezes. */
const fits = new WeakMap<readonly TimelineItem[], View>();

/**
 * The items of the view for the article: the run of the story's items from the first that
 * reaches the view to the last that starts in it, with what layArticle would otherwise read
 * from them (KnownItems). The run and its columns are cut from the story's own (no copy of the
 * columns), where the view's items as nearView (frame.ts) finds them were a new list each frame
 * of a moving view and their columns read anew from thousands of item objects (at 360 px, a
 * quarter of the first frames of a zoom into 10,000 items). Those in the run that end before the
 * view are left out by the article as it leaves out those of the view's own first stretch.
 */
export function inView(
  items: readonly TimelineItem[],
  view: View,
  keepId: string | null,
  preferId?: string | null,
  { all, from, to }: Run = runOf(items, view),
  byId?: EventsById,
): { near: readonly TimelineItem[]; known: KnownItems } {
  const v0 = view[0];
  // Every item of the run that starts in the view is in it; of those that start before it only
  // some reach it. Only those are read (found by a binary search: the run is in time order), not
  // the whole run: a zoom's first frames read the ends of all 10,000 items of a fitted view.
  let inside = from;
  for (let hi = to; inside < hi; ) {
    const mid = (inside + hi) >> 1;
    if (all.starts[mid]! < v0) inside = mid + 1;
    else hi = mid;
  }
  let count = to - inside;
  for (let i = from; i < inside; i++) if (all.ends[i]! >= v0) count++;
  const at = (id: string | null | undefined) => (id == null ? -1 : positionOf(items, id, byId));
  const inRun = (i: number) => i >= from && i < to;
  const keep = at(keepId);
  const prefer = at(preferId);
  // The kept item is one of the view's items wherever it is (nearView), so counted with them.
  if (keep >= 0 && !(inRun(keep) && all.ends[keep]! >= v0)) count++;
  const cut = (column: Float64Array | Int32Array) => column.subarray(from, to);
  return {
    near: items.slice(from, to),
    known: {
      columns: { starts: cut(all.starts) as Float64Array, ends: cut(all.ends) as Float64Array, indexes: cut(all.indexes) as Int32Array },
      count,
      keep: inRun(keep) ? keep - from : -1,
      ...(keep >= 0 && !inRun(keep) ? { kept: items[keep] } : {}),
      prefer: inRun(prefer) ? prefer - from : -1,
    },
  };
}

/**
 * A break on the rail: its size, and how long an empty stretch must be to be cut (share of the
 * view, and px; or px alone: 40 months of a 20-year story of 80 cards were 500 px of empty rail).
 */
const BREAK = { breakPx: 44, minShare: 0.2, minPx: 160, longPx: 400, margin: 24 } as const;

/** The widest gutter each element's rail has needed, per locale and zone (keyed by its measure). */
const gutters = new WeakMap<TextWidth, Map<string, number>>();

/**
 * computeFrame for time running down the page: cards beside a rail whose long empty stretches
 * are cut short. In three steps (the rail, the cards, the ticks): see frameSteps.
 */
export function* verticalFrame(input: FrameInput): Steps<Frame> {
  const { text } = input;
  const key = `${input.locale}|${input.zone}`;
  let needed = gutters.get(text);
  if (!needed) gutters.set(text, (needed = new Map()));
  let gutter = Math.max(input.gutter, needed.get(key) ?? 0);
  let frame = yield* layOut({ ...input, gutter });
  // A view whose dates need a wider gutter ("11:59 PM", "30. Sept.") is laid out again with
  // one, which the rail then keeps: it moves once, not back and forth as a zoom changes unit.
  // Narrower cards are taller, the rail longer and its ticks finer (seconds): a second look.
  for (let pass = 0; pass < 2; pass++) {
    const wider = railGutter(frame.ticks, text, gutter);
    if (wider <= gutter) break;
    needed.set(key, (gutter = wider));
    frame = yield* layOut({ ...input, gutter });
  }
  return frame;
}

/** A day in ms: ticks of a shorter interval write their time. */
const DAY = 86_400_000;

/** A rail whose first tick lies further down than this many lines says at its top when the view begins. */
const FIRST_TICK_LINES = 6;

/** A focused card's ring reaches this far beyond it (2 px, 1 px off: events.styles.ts): a card as wide as the plot, which clips, lost the ring's end. */
const FOCUS_RING = 3;

/**
 * Frame.pan of a vertical frame: as the horizontal layout's (frame.ts), most cards, chips and
 * ticks of a pan at one scale keep their place in their layer (the rail's scale is the same
 * outside its breaks), which alone moves. The origin moves on by stretches of eight rails' length
 * at that scale: a rail whose breaks cut most of the view has a scale at which the view itself
 * is far longer than the rail, and a layer that long is beyond what a browser lays out.
 */
function railPan(v0: number, perMs: number, length: number): number {
  const stretch = (8 * length) / perMs;
  return perMs > 0 && Number.isFinite(stretch) ? (v0 - Math.floor(v0 / stretch) * stretch) * perMs : 0;
}

function* layOut(input: FrameInput): Steps<Frame> {
  const width = Math.max(1, input.width);
  const cardStart = input.gutter + CARD_INDENT;
  const cardWidth = Math.max(60, Math.min(width - cardStart - FOCUS_RING, CARD_MEASURES * input.maxLabelWidth + CARD_PAD.inline));
  const measure = cardWidth - CARD_PAD.inline;
  const labelOf = (item: TimelineItem) => input.label(item, measure);
  const cardSize = (item: TimelineItem) => {
    const box = labelOf(item);
    return { width: cardWidth, height: box.height + CARD_PAD.block };
  };
  const length = articleLength(input.items, input.fittedSpan, (item) => cardSize(item).height, input.lineHeight);
  const [v0, v1] = input.view;
  const run = runOf(input.items, input.view);
  const { near, known } = inView(input.items, input.view, input.keepId, input.selectedId, run, input.byId);
  // A stretch has room for a card of a few lines and the chip after it, so cards stay near their
  // time; a run of items whose time would be longer on the rail than that for each is drawn in it.
  const binPx = 4 * input.lineHeight + CARD_PAD.block + LANE_HEIGHT + 2 * LANE_SPACING;
  const { toPx, toMs, breaks, perMs, squeezed, scaled, above = v0 } = railOf(input.items, input.view, length, 2 * binPx, run);
  // Cards of items that ended above the view may still reach into it (a story dragged up: they
  // slide out over the rail's top, article.ts): those within a few stretches, a dozen at most, in
  // a view that is not crowded (a crowded one counts what left into its first stretch's chip).
  const reach = known.count > ARTICLE_CROWDED ? 0 : 4 * binPx;
  const gone: TimelineItem[] = [];
  for (let i = run.from - 1; reach > 0 && i >= 0 && gone.length < GONE_AT_MOST && toPx(run.all.starts[i]!) > -4 * reach; i--) {
    if (toPx(run.all.ends[i]!) > -reach) gone.unshift(input.items[i]!);
  }
  yield;
  const article = layArticle(near, toPx, cardSize, {
    length,
    lineHeight: input.lineHeight,
    gap: LANE_SPACING,
    cardStart,
    cardWidth,
    pointRadius: MARKER.pointRadius,
    minBand: MARKER.minBandWidth,
    crowdedAbove: ARTICLE_CROWDED,
    binPx,
    perBin: 1,
    // Stretches are counted from times a quarter of the view or less apart (article.ts): the
    // same for every window of a pan.
    cellMs: 2 ** Math.floor(Math.log2((v1 - v0) / 4)),
    viewStart: v0,
    chipHeight: LANE_HEIGHT,
    keepId: input.keepId,
    preferId: input.selectedId,
    ranks: labelRanks(input.items),
    known,
    above: gone,
    reach,
  });
  yield;
  const placement: Placement = { items: article.items, clusters: article.clusters, rows: [{ across: 0, breadth: width, lanes: 1 }], height: width };
  // Ticks as dense as the scale outside the breaks allows, none inside a break (nor in the room
  // squeezed at an open end); the first after one says its day or year.
  const count = tickCount((v1 - v0) * perMs, 'vertical');
  const cuts: { start: number; end: number; perMs?: number }[] = [...squeezed, ...breaks, ...scaled].sort((a, b) => a.start - b.start);
  const ticks = viewTicks(
    v0,
    v1,
    count,
    input.zone,
    input.locale,
    (start, end, n) => {
      const each = (end - start) / n;
      const stretches: Stretch[] = [];
      let from = v0;
      for (const cut of cuts) {
        if (cut.start > from) stretches.push([from, cut.start, each]);
        // A run at a scale of its own has ticks at the interval that scale asks for.
        if (cut.perMs) stretches.push([cut.start, cut.end, (cut.end - cut.start) / tickCount((cut.end - cut.start) * cut.perMs, 'vertical')]);
        from = cut.end;
      }
      if (v1 > from) stretches.push([from, v1, each]);
      const made = stretchTicks(stretches, input.zone, input.locale);
      // Below the room squeezed above the story the story's first tick says its day, not only the
      // first midnight after it, which may lie a screen down: the rail's top is where a reader
      // looks for when the story begins ("Jun 1, 2024" over "2:00 PM").
      const at = above > v0 ? made.findIndex((tick) => tick.at >= above) : -1;
      const first = made[at];
      if (first && !first.year) {
        const { unit, ms } = chooseInterval(each, 1);
        const day = withYear(first.at, unit, input.zone, input.locale);
        made[at] = { ...first, label: ms < DAY && !first.major ? `${day}\n${first.label}` : day, year: true };
      }
      return made;
    },
    breaks.map((b) => b.end),
  );
  // The stretch above the first break may hold no tick (a story's first item in June, the next
  // in October, the months between cut): its cards' dates say no year within a year's story
  // (short-date.ts), and the rail's first year would come after the break. Its top then says
  // when the view begins, with the year ("Juni 2024"), as a first tick would. So does a rail
  // whose first tick is far down it (a story from March 2023 on a rail of years: "2024" two
  // thirds down, nothing above it). (The room above a story has no ticks of its own, rail.ts: the
  // first tick below it says its day or year.)
  // The label at the rail's top names when the story begins where the room above it is squeezed
  // (and no tick stands above it): the view's own beginning there is not at the rail's scale ("1988"
  // stood 48 px above a story of years from January 1990, the rail's years 93 px apart).
  const cut = breaks[0];
  const first = ticks[0];
  if ((cut && !ticks.some((tick) => tick.at < cut.start)) || !first || toPx(first.at) > FIRST_TICK_LINES * input.lineHeight) {
    // Above room, in the unit of its time where that is coarser ("Jun 2024" over a week of room).
    const view = chooseInterval(v1 - v0, count);
    const room = chooseInterval(above - v0, 1);
    const from = above > v0 && !ticks.some((tick) => tick.at < above) ? above : v0;
    ticks.unshift({ at: v0, label: withYear(from, (room.ms > view.ms ? room : view).unit, input.zone, input.locale), major: false });
  }
  const shown = spacedTicks(ticks, toPx, length, TICK_LABEL_HALF * input.lineHeight, breaks);
  return {
    orientation: 'vertical',
    length,
    breadth: width,
    extent: article.extent,
    rail: input.gutter,
    cards: cardStart,
    toPx,
    toMs,
    railAt: (view) => railOf(input.items, view, length, 2 * binPx).toPx,
    ticks: shown,
    placement,
    visible: article.items,
    clusters: article.clusters,
    laneSize: LANE_HEIGHT,
    lineHeight: input.lineHeight,
    text: input.text,
    labelOf,
    breaks: writtenBreaks(breaks, shown, toPx, length, input.lineHeight, input.locale, input.text),
    shift: 0,
    pan: railPan(v0, perMs, length),
  };
}
