import type { View } from './view.js';
import { piecewise, type Segment } from './rail-map.js';

/**
 * The rail of the vertical layout maps time to px down the page. A story often has a long
 * empty stretch (one item in June, the rest in November); drawn to scale it leaves a screen of
 * empty rail and piles the cards up below. So a long empty stretch between two items is cut
 * short into a marked break of fixed size, saying how long it is; everything else keeps one
 * scale, proportional to time.
 */
export interface RailBreak {
  /** Where the break is on the rail, in px. */
  from: number;
  to: number;
  /** The time it leaves out, in epoch ms. */
  start: number;
  end: number;
  /** How long that is, in the lines the rail writes it on; none where it does not (rail-labels.ts's writtenBreaks). */
  label?: readonly string[];
}

export interface Rail {
  toPx: (ms: number) => number;
  /** The inverse: the time drawn at `px` (inside a break, its share of the left-out stretch). */
  toMs: (px: number) => number;
  breaks: RailBreak[];
  /** px per ms outside the breaks. */
  perMs: number;
  /** The room at the view's open ends drawn squeezed (rail.ts railScale), in time order: it has no ticks. */
  squeezed: { start: number; end: number }[];
  /** Runs of items drawn at a scale of their own (RailOptions.itemPx), gaps at the view's ends cut in part, and the rooms at open ends where they took a share of the rail, in time order: px per ms (the ticks there are spaced for it). */
  scaled: { start: number; end: number; perMs: number }[];
  /** Where the story begins below the room squeezed above it, when there is one. */
  above?: number;
}

export interface RailOptions {
  /** Size of a break on the rail, in px. */
  breakPx: number;
  /** An empty stretch is cut when it is at least this share of the view's span… */
  minShare: number;
  /** …and at least this many px long at the scale the rail would have without breaks. */
  minPx: number;
  /** An empty stretch this many px long at that scale is cut whatever its share: on a long rail a small share is screens of nothing. */
  longPx?: number;
  /** Room left on the rail between a break and the items on either side of it, in px. */
  margin: number;
  /**
   * The px a card needs: a run of items whose time would take more than this many px for each
   * item in it is drawn in that many (a day known only as a day, between a busy hour's cards,
   * took a screen for one card), and the rest of the view's time takes no more than its cards'
   * room and its share of a linear rail. None: every run keeps the rail's one scale.
   */
  itemPx?: number;
}

/**
 * The rail for `view` over `length` px, with breaks where the items are far apart. `spans` are
 * the items' times inside the view, [start, end] (equal for a point), sorted by start. Only time
 * no item covers is cut: a month-long item keeps its whole month on the rail, so a break never
 * falls inside a period an item is drawn over. The stretches before the first item and after
 * the last are not cut: the view's ends keep their room, so zooming and panning stay predictable.
 * Where `open` says that nothing of the story lies beyond an end of the view (the room a fitted
 * window leaves around the story), that end's stretch is drawn in two margins at most, not at the
 * items' scale: the cards of a busy hour set that scale, and a fitted story's 5 % of room at it
 * was a screen and more of empty rail above its first card and below its last (and with every
 * item at one instant, half the rail above them). The room changes with the view as smoothly as
 * its stretch: when the story's first item leaves the view it is no time at all, and nothing jumps.
 * `beyond` are the times of the nearest items outside the view, the latest end before it and the
 * earliest start after it: an empty stretch from an item in the view to one of them, shorter than
 * the view, is cut as it would be with both in view, and only its part inside the view is drawn.
 */
export function railScale(
  view: View,
  spans: readonly (readonly [number, number, number?])[],
  length: number,
  o: RailOptions,
  open?: readonly [boolean, boolean],
  fitted?: View,
  beyond?: readonly [number | undefined, number | undefined],
): Rail {
  const [v0, v1] = view;
  const span = v1 - v0;
  const linear = length / span;
  // Times below are ms after the view's start. Epoch ms (about 1.7e12) hold a fraction only to
  // about 0.0002 ms, and a break's margins are fractions of a ms when the items beside it are
  // milliseconds apart: at such a scale (thousands of px a ms) the rounding put the view's end
  // half a px off the rail's. Offsets from the view's start keep them exact enough.
  let gaps: { start: number; end: number; edge?: boolean }[] = [];
  const long = (empty: number) => (empty >= o.minShare * span || empty * linear >= (o.longPx ?? Infinity)) && empty * linear >= o.minPx;
  // A gap from the nearest item before the view to its first (and from its last to the nearest
  // after it) is cut as it would be with both in view, and only its part inside is drawn: a pan
  // slides the break off the rail. Drawn as the view's own room instead, the months it had cut
  // short took the rail at its scale the moment the item left the view (a card leapt 900 px in a
  // drag of 4 hours). Only a gap shorter than the view: a longer one never has both in view.
  const edge = (start: number, end: number) => end - start < span && long(end - start) && gaps.push({ start, end, edge: true });
  const first = spans[0];
  if (first && beyond?.[0] !== undefined) edge(beyond[0] - v0, first[0] - v0);
  // The latest time an item seen so far reaches: a gap begins there, not at the last start.
  let covered = spans.length > 0 ? spans[0]![1] - v0 : -Infinity;
  for (let i = 1; i < spans.length; i++) {
    const next = spans[i]![0] - v0;
    const reach = spans[i]![1] - v0;
    if (long(next - covered)) gaps.push({ start: covered, end: next });
    if (reach > covered) covered = reach;
  }
  if (first && beyond?.[1] !== undefined) edge(covered, beyond[1] - v0);
  // Of each gap the share inside the view (1 but for those at its ends).
  const inside = (g: { start: number; end: number }) => Math.max(0, Math.min(span, g.end) - Math.max(0, g.start)) / (g.end - g.start);
  // Breaks may take at most half the rail.
  while (gaps.length > 0 && gaps.reduce((sum, g) => sum + inside(g), 0) * o.breakPx > length / 2) {
    let shortest = 0;
    for (let i = 1; i < gaps.length; i++) if (gaps[i]!.end - gaps[i]!.start < gaps[shortest]!.end - gaps[shortest]!.start) shortest = i;
    gaps.splice(shortest, 1);
  }
  const cutTime = () => gaps.reduce((sum, g) => sum + inside(g) * (g.end - g.start), 0);
  // The room at an open end: at most two margins, less where the stretch is shorter than that at
  // the scale the rail has without it (so it shrinks to nothing as the story's first item leaves
  // the view, and nothing jumps). Only its part inside the `fitted` window (the room a fitted
  // story has): what a view panned or zoomed out beyond it shows is the rail's time like any other
  // (squeezed, the story could not be dragged down from its top, nor a zoom out keep its first
  // card under the pointer).
  const headAll = open?.[0] && spans.length > 0 ? Math.max(0, spans[0]![0] - v0) : 0;
  const tailAll = open?.[1] && spans.length > 0 ? Math.max(0, span - covered) : 0;
  const head = fitted && headAll > 0 ? Math.min(headAll, Math.max(0, spans[0]![0] - fitted[0])) : headAll;
  const tail = fitted && tailAll > 0 ? Math.min(tailAll, Math.max(0, fitted[1] - v0 - covered)) : tailAll;
  const headOut = headAll - head;
  // How far a gap at an end of the view is cut: wholly where at least 15 % of the view's time is
  // neither cut nor room squeezed at an open end, not at all (the view's own room, as before such
  // gaps were cut) where 5 % or less is, and in part in between. Where the rest of the view is all
  // cut (lone items months apart), the time left at the rail's scale is a hair, and a hair took the
  // rail: an item a minute below the view's top was drawn a screen down.
  const free = (span - cutTime() - head - tail) / span;
  const edgeCut = Math.min(1, Math.max(0, (free - EDGE_FREE[0]) / (EDGE_FREE[1] - EDGE_FREE[0])));
  if (edgeCut === 0) gaps = gaps.filter((g) => !g.edge);
  const uncut = span - cutTime();
  // The breaks' count, a break at an end of the view counted by its share inside.
  const n = gaps.reduce((sum, g) => sum + inside(g), 0);
  // The items' own time, without any room: whether they have some decides how the room is drawn,
  // the same for the fitted window and a view panned past it (decided by the room inside the
  // fitted window alone, a hair of pan past it gave the time beyond the whole rail: the story
  // leapt a screen, and no drag could move it).
  // (What rounding leaves of none is none: the times are epoch ms, whole where an item has none.)
  const timed = uncut - headAll - tailAll > 1e-14 * (Math.abs(v0) + span);
  const fine = (length - n * o.breakPx) / uncut;
  const endPx = (stretch: number) => Math.min(stretch * fine, 2 * o.margin);
  // Every item at one instant (no time of their own, no break): the room above takes its two
  // margins and the rest of the view the rest, where the cards stand one under another from it.
  if (n === 0 && !timed && head > 0 && tail > 0) {
    const top = endPx(head);
    const k = (length - top) / (span - head);
    return { ...piecewise(view, [{ t0: 0, p0: 0, k }, { t0: headOut, p0: headOut * k, k: top / head }, { t0: headAll, p0: headOut * k + top, k }], [], k, [{ start: v0 + headOut, end: v0 + headAll }]), above: v0 + headAll };
  }
  // (Instants alone between breaks, no time of their own, keep their room at the items' scale:
  // it is then what the rail's px go to.)
  const rooms = timed && head + tail > 0;
  // Runs of items that may be drawn in the px their cards need (RailOptions.itemPx), as times after the view's start.
  // How much a span's cards count for the room of the view's time: wholly from a card's room (at
  // a linear rail's scale) inside an end of the view that items lie beyond, in part nearer it, so
  // that nothing jumps as an item comes into the view or leaves it (at an end nothing lies beyond,
  // none does).
  const [openStart, openEnd] = open ?? [false, false];
  const weight = (a: number, b: number): number => {
    if (openStart && openEnd) return 1;
    // The span's place deepest inside the view, as far as its ends with items beyond go.
    const at = openStart ? a : openEnd ? b : Math.min(Math.max(span / 2, a), b);
    return Math.min(1, Math.max(0, (Math.min(openStart ? Infinity : at, openEnd ? Infinity : span - at) * linear) / o.itemPx!));
  };
  const runs = o.itemPx
    ? spans.map(([a, b, count = 0]) => ({ a: a - v0, b: b - v0, px: count * o.itemPx! * weight(a - v0, b - v0) })).filter((r) => r.b > r.a && r.px > 0)
    : [];
  // Nothing left to give the room to (a window from one instant item to another, every stretch
  // between them empty): the rail stays linear, its items at its ends and in their places.
  if (uncut <= 0 || (n === 0 && !rooms && !runs.some((r) => (r.b - r.a) * linear > r.px))) return piecewise(view, [{ t0: 0, p0: 0, k: linear }], [], linear, []);
  const ends = rooms ? head + tail : 0;
  let headPx = rooms ? endPx(head) : 0;
  let tailPx = rooms ? endPx(tail) : 0;
  // A break keeps clear of the items on either side of it by `margin` px at the rail's scale.
  // Solved for the scale after the margins are kept: margin = keep * perMs. A run whose time
  // would take more px at that scale (or at the one the rest's cards need, where less) than its
  // cards need takes what they need, and the scale is solved again for the rest (each round can
  // only add runs: the scale grows), as long as some time is left to take the px.
  // Each round passes over the runs once, the sums kept as they grow: a story of a thousand days
  // in view is a thousand runs, laid out again at every frame of a moving view and every step of
  // a gesture's search.
  const own: typeof runs = [];
  let ownPx = 0;
  let ownMs = 0;
  let rest = runs;
  let keep = 0;
  let perMs = 0;
  const shortestGap = Math.min(...gaps.map((g) => (g.end - g.start) / 4));
  // A gap at an end of the view is drawn in part: of its margins and its cut-short time, what
  // lies inside the view (the time at the rail's scale, and the px of the break's part; of a gap
  // cut in part, that share of its time at a break's scale and the rest at the rail's).
  const partly = gaps.some((g) => g.edge);
  const drawn = (keep: number): [ms: number, px: number] => {
    const part = (a: number, b: number) => Math.max(0, Math.min(span, b) - Math.max(0, a));
    let ms = 0;
    let px = 0;
    for (const g of gaps) {
      const inside = part(g.start + keep, g.end - keep);
      const share = g.edge ? edgeCut : 1;
      ms += part(g.start, g.start + keep) + part(g.end - keep, g.end) + (1 - share) * inside;
      px += (share * inside * o.breakPx) / (g.end - g.start - 2 * keep);
    }
    return [ms, px];
  };
  // The cards of the view's time at the rail's scale (each counted by weight), and the scale at
  // which that time has their room: where the rest of the view needs less than the rail's scale,
  // a run is drawn in its cards' room only where its time would take more at that one.
  // (Its time: the pool's, and the margins and uncut share of gaps drawn at the rail's scale, `ms`.)
  let cards = 0;
  if (o.itemPx) for (const [a, b, count = 0] of spans) cards += count * weight(a - v0, b - v0);
  const need = (time: number) => (o.itemPx && time > 0 ? (cards * o.itemPx) / time : Infinity);
  // The margins' (and a partly cut gap's) time at the rail's scale, as the last round drew them.
  let marginsMs = 0;
  for (;;) {
    const pool = uncut - ends - ownMs;
    const px = length - headPx - tailPx - ownPx;
    const room = px - n * o.breakPx - 2 * n * o.margin;
    keep = Math.min(room > 0 ? (o.margin * pool) / room : Infinity, shortestGap);
    perMs = (px - n * o.breakPx) / (pool + 2 * n * keep);
    marginsMs = 2 * n * keep;
    // With every break whole that is the scale; with one at an end of the view, how much of its
    // margins the view holds depends on the margins' time: found in a few rounds from there (a
    // round changes the margins' time by about two margins a break against the rail's px of the
    // last round's change), the scale solved for the last.
    for (let i = 0; partly && i < 6; i++) {
      keep = Math.min(o.margin / perMs, shortestGap);
      const [ms, bp] = drawn(keep);
      perMs = (px - bp) / (pool + ms);
      marginsMs = ms;
    }
    const more: typeof runs = [];
    const stay: typeof runs = [];
    let moreMs = 0;
    let morePx = 0;
    // (The scale the rest's cards need, where that is less: see below.)
    const scale = Math.min(perMs, need(pool + marginsMs));
    for (const r of rest) {
      const over = (r.b - r.a) * scale > r.px;
      (over ? more : stay).push(r);
      if (over) [moreMs, morePx] = [moreMs + r.b - r.a, morePx + r.px];
    }
    // (What rounding leaves of none is none: a residue took the rail's px at a scale of 1e17 px a day.)
    if (more.length === 0 || pool - moreMs <= 1e-14 * (Math.abs(v0) + span)) break;
    own.push(...more);
    ownMs += moreMs;
    ownPx += morePx;
    cards -= morePx / o.itemPx!;
    rest = stay;
  }
  // The px that the runs drawn in their cards' room and the rooms squeezed at open ends gave up go
  // to the rest of the view's time, for its cards (a busy hour's). Where that time holds few cards
  // it takes only the room they need, and what is left is shared by all the view's time alike: a
  // few empty minutes after a month-long item (a view zoomed into its last days on a phone) took
  // 1,140 px of a 1,400 px rail, the month's card 260; the last minutes of a story's last item, in
  // a view panned on past it, all but two margins.
  const pool = uncut - ends - ownMs;
  // (Never below a run's own scale: a run is drawn no larger than at the rail's.)
  let least = 0;
  for (const r of own) least = Math.max(least, r.px / (r.b - r.a));
  let most = Math.max(least, need(pool + marginsMs));
  // Whether the rooms at open ends took a share of the rail: then they are drawn at a scale of
  // their own with ticks for it (a view panned past a story's end showed an empty rail, no date).
  let roomsGrew = false;
  if (perMs > most && ownMs + ends > 0) {
    let grow = 0;
    // The breaks' margins at the scale found (a few rounds: their time changes the scale).
    for (let i = 0; i < 4; i++) {
      keep = Math.min(o.margin / (most + grow), shortestGap);
      const [ms, bp] = partly ? drawn(keep) : [2 * n * keep, n * o.breakPx];
      most = Math.max(least, need(pool + ms));
      grow = (length - bp - headPx - tailPx - ownPx - most * (pool + ms)) / (pool + ms + ownMs + ends);
    }
    perMs = most + grow;
    for (const r of own) r.px += grow * (r.b - r.a);
    if (rooms) [headPx, tailPx, roomsGrew] = [headPx + grow * head, tailPx + grow * tail, grow > 0];
  }
  for (const g of gaps) {
    g.start += keep;
    g.end -= keep;
  }
  const segments: Segment[] = [];
  const breaks: RailBreak[] = [];
  let before: Segment | undefined;
  let t = 0;
  let p = 0;
  const squeezed: { start: number; end: number }[] = [];
  const scaled: Rail['scaled'] = [];
  const room = (start: number, end: number, k: number) => (roomsGrew ? scaled.push({ start, end, perMs: k }) : squeezed.push({ start, end }));
  if (headPx > 0) {
    // The time before the fitted window at the rail's scale, then the squeezed room.
    if (headOut > 0) segments.push({ t0: 0, p0: 0, k: perMs });
    segments.push({ t0: headOut, p0: headOut * perMs, k: headPx / head });
    room(v0 + headOut, v0 + headAll, headPx / head);
    t = headAll;
    p = headOut * perMs + headPx;
  }
  // Breaks and the runs drawn at a scale of their own, in time order (a break lies between runs).
  // (A gap at an end of the view cut in part is drawn at a scale between a break's and the rail's,
  // with ticks for it as a run at a scale of its own has, and no zig-zag: not yet a break.)
  const cuts = [
    ...gaps.map((g) => ({ a: g.start, b: g.end, px: o.breakPx, gap: true, share: g.edge ? edgeCut : 1 })),
    ...own.map((r) => ({ ...r, gap: false, share: 1 })),
  ].sort((x, y) => x.a - y.a);
  for (const c of cuts) {
    const k = (c.share * c.px) / (c.b - c.a) + (1 - c.share) * perMs;
    const drawnAs = (from: number, a: number) => {
      if (c.gap && c.share >= 1) breaks.push({ from, to: from + (c.b - c.a) * k, start: v0 + c.a, end: v0 + c.b });
      else scaled.push({ start: v0 + a, end: v0 + Math.min(c.b, span), perMs: k });
    };
    // A gap that begins above the view's start: its part inside from the rail's top (the rest of
    // it, above, is off the rail), or none where only its margin reaches into the view.
    if (c.a < t) {
      if (c.b <= t) continue;
      // (Above the view's start: not one that begins in the squeezed room above a story.)
      if (c.a < 0) before ??= { t0: c.a, p0: p - (t - c.a) * k, k: perMs };
      drawnAs(p - (t - c.a) * k, t);
      segments.push({ t0: t, p0: p, k });
      p += (c.b - t) * k;
      t = c.b;
      continue;
    }
    // One that begins after the view's end is not in it (its margin may be).
    if (c.a >= span && c.gap) break;
    segments.push({ t0: t, p0: p, k: perMs });
    p += (c.a - t) * perMs;
    drawnAs(p, c.a);
    segments.push({ t0: c.a, p0: p, k });
    p += (c.b - c.a) * k;
    t = c.b;
  }
  segments.push({ t0: t, p0: p, k: perMs });
  if (tailPx > 0) {
    const t0 = span - tailAll;
    const p0 = p + (t0 - t) * perMs;
    segments.push({ t0, p0, k: tailPx / tail });
    room(v0 + t0, v0 + t0 + tail, tailPx / tail);
    // The time after the fitted window at the rail's scale.
    if (tailAll > tail) segments.push({ t0: t0 + tail, p0: p0 + tailPx, k: perMs });
  }
  return { ...piecewise(view, segments, breaks, perMs, squeezed, [], before), scaled, ...(headPx > 0 && { above: v0 + headAll }) };
}

/** The share of a view's time left at the rail's scale below which a gap at its end is not cut, and from which it is wholly (railScale). */
const EDGE_FREE = [0.05, 0.15] as const;
