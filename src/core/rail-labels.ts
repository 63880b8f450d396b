import { tickLabelWidth, type TextWidth, type TickText } from './axis-ticks.js';
import type { RailBreak } from './rail.js';
import type { Tick } from './ticks.js';

/**
 * What the vertical rail writes and draws beside its scale (rail.ts): how long a break is and its
 * zig-zag, where a tick's label sits, and how wide the gutter before the rail must be for them.
 * The element (render-article.ts) and the picture (picture-rail.ts) both draw with these.
 */

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const UNITS: readonly [Intl.NumberFormatOptions['unit'] & string, number][] = [
  ['year', 365.2425 * DAY],
  ['month', 30.436875 * DAY],
  ['week', 7 * DAY],
  ['day', DAY],
  ['hour', HOUR],
  ['minute', 60_000],
];

const formats = new Map<string, Intl.NumberFormat>();

/** How long a break is, in the largest unit of which it holds at least two: "3 months", "3 Monate". */
export function breakText(ms: number, locale: string): string {
  const [unit, size] = UNITS.find(([, size]) => ms >= 2 * size) ?? UNITS[UNITS.length - 1]!;
  const key = `${locale}|${unit}`;
  let format = formats.get(key);
  if (!format) {
    try {
      format = new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long', maximumFractionDigits: 0 });
    } catch {
      format = new Intl.NumberFormat('en', { style: 'unit', unit, unitDisplay: 'long', maximumFractionDigits: 0 });
    }
    formats.set(key, format);
  }
  return format.format(Math.round(ms / size));
}

/**
 * Whether a break is wholly on a rail `length` px long, to half a px. One at an end of the view
 * (railScale's `beyond`) reaches past it, sliding off as the view moves: its zig-zag is cut at the
 * rail's end, and its length is not written, which would be cut in two there or stand on the
 * label that says when the view begins.
 */
export const wholeOnRail = (b: RailBreak, length: number): boolean => b.from >= -0.5 && b.to <= length + 0.5;

/** The points of a break's zig-zag, 12 px wide and `size` px long, a tooth every 8 px (the chart and the exported picture draw it). */
export function zigzag(size: number): string {
  const teeth = Math.max(2, Math.round(size / 8));
  return Array.from({ length: teeth + 1 }, (_, i) => `${i === 0 || i === teeth ? 6 : i % 2 ? 1 : 11},${((i * size) / teeth).toFixed(1)}`).join(' ');
}

/**
 * Half the height of a tick's label on the rail, in label lines: 0.8 em text on a line of 1.4
 * (article.styles.ts), against a label line of 1.35 em (text-measure.ts).
 */
export const TICK_LABEL_HALF = (0.8 * 1.4) / 1.35 / 2;

/**
 * Where a tick's label sits on the rail: centred on its tick, or turned inward near an end of
 * the rail, hanging below a tick at its top and standing on one at its bottom. A window that
 * begins or ends on a tick's time (midnight, the first of a month) puts the tick at the very
 * edge of the plot, and a centred label there is cut in two by it. A label of `lines` lines
 * (a day above its time) reaches below its tick, its first line centred on it: where a break
 * begins within that reach, it stands on its tick instead (where the rail has room above it),
 * its last line over the break's length.
 */
export function tickLabelSide(at: number, length: number, half: number, lines = 1, breaks: readonly RailBreak[] = []): 'centre' | 'below' | 'above' {
  if (at < half) return 'below';
  const reach = at + (2 * lines - 1) * half;
  if (at > length - half || (at >= 2 * lines * half && breaks.some((b) => b.from >= at && b.from < reach))) return 'above';
  return 'centre';
}

/** The centre of a tick label's first line, `half` a line's half height, as tickLabelSide places it (render-article.ts's label box). */
export function firstLineAt(at: number, side: 'centre' | 'below' | 'above', half: number, lines = 1): number {
  return side === 'below' ? at + half : side === 'above' ? at - (2 * lines - 1) * half : at;
}

/** Kept free between two labels on the rail, in px. */
const LABEL_GAP = 2;

/** Where a tick's label is on the rail, its top and bottom, as tickLabelSide places it. */
function tickBox(tick: Tick, toPx: (ms: number) => number, length: number, half: number, breaks: readonly RailBreak[]): readonly [number, number] {
  const at = toPx(tick.at);
  const lines = tick.label.split('\n').length;
  const top = firstLineAt(at, tickLabelSide(at, length, half, lines, breaks), half, lines) - half;
  return [top, top + 2 * half * lines];
}

/**
 * The ticks whose labels the rail writes without one over another, `half` a label line's half
 * height. The ticks of two stretches side by side may fall closer than a label is tall: a run
 * drawn at a scale of its own beside the rail's ("2122" and "2123" 8 px apart below "2120", the
 * room after a story of decades), the label at the rail's top that says when the view begins
 * ("Mar 30" and "Apr" over "Mar 2026"). The larger periods' labels are placed first (major ticks,
 * then those that say their year), each from the top, and a label that would touch one placed is
 * left out. Each is where tickLabelSide puts it.
 */
export function spacedTicks(ticks: Tick[], toPx: (ms: number) => number, length: number, half: number, breaks: readonly RailBreak[]): Tick[] {
  const boxes = ticks.map((tick) => tickBox(tick, toPx, length, half, breaks));
  const apart = (i: number, k: number) => boxes[i]![1] + LABEL_GAP <= boxes[k]![0] || boxes[k]![1] + LABEL_GAP <= boxes[i]![0];
  // Most frames' ticks are a label or more apart: as they are.
  if (boxes.every((_, i) => i === 0 || apart(i - 1, i))) return ticks;
  const rank = (i: number) => (ticks[i]!.major ? 2 : ticks[i]!.year ? 1 : 0);
  const kept: number[] = [];
  for (const i of ticks.map((_, i) => i).sort((a, b) => rank(b) - rank(a) || a - b)) if (kept.every((k) => apart(i, k))) kept.push(i);
  return kept.sort((a, b) => a - b).map((i) => ticks[i]!);
}

/** A break's length is written at 0.8 em (.rail-break-label, article.styles.ts)… */
const SMALL = 0.8;
/** …on lines of 1.2 em, against a label line of 1.35 em (text-measure.ts), … */
export const BREAK_LINE = (SMALL * 1.2) / 1.35;
/** …at most 54 px wide: "1,888 years" wraps onto two lines there, and so it does in the picture (one line ran off its left edge). */
const BREAK_LABEL_PX = 54;

/** A break's length in the lines the element breaks it into: its words, as many a line as fit. */
function breakLines(label: string, measure: TextWidth | undefined): string[] {
  const lines: string[] = [];
  for (const word of label.split(' ')) {
    const joined = `${lines.at(-1)} ${word}`;
    if (lines.length > 0 && (!measure || measure.width(joined) * SMALL <= BREAK_LABEL_PX)) lines[lines.length - 1] = joined;
    else lines.push(word);
  }
  return lines;
}

/**
 * The breaks of a rail with their lengths in words where the rail writes them: on a break wholly
 * on it (wholeOnRail), centred on its zig-zag, and clear of every tick's label (the ticks
 * spacedTicks kept). A short break at the rail's top put "11 Jahre" over "2070", the label that
 * says when the view begins; the dates on either side of a break say how long it is as well.
 */
export function writtenBreaks(breaks: readonly RailBreak[], ticks: readonly Tick[], toPx: (ms: number) => number, length: number, lineHeight: number, locale: string, text?: TextWidth): readonly RailBreak[] {
  // Most frames have no break wholly on the rail (a crowded story none at all): nothing to place.
  if (!breaks.some((b) => wholeOnRail(b, length))) return breaks;
  const half = TICK_LABEL_HALF * lineHeight;
  const boxes = ticks.map((tick) => tickBox(tick, toPx, length, half, breaks));
  return breaks.map((b) => {
    if (!wholeOnRail(b, length)) return b;
    const label = breakLines(breakText(b.end - b.start, locale), text);
    const mid = (b.from + b.to) / 2;
    const reach = (label.length * BREAK_LINE * lineHeight) / 2;
    return boxes.some(([top, bottom]) => top < mid + reach + LABEL_GAP && mid - reach < bottom + LABEL_GAP) ? b : { ...b, label };
  });
}

/** Between a tick's label and the rail (article.styles.ts), and from the element's edge. */
const TICK_LABEL_ROOM = 10 + 2;

/**
 * How wide the gutter before the rail must be for the labels of `ticks`: at least `least`, and
 * room for the widest. "11:59 PM", "30 de set." and a larger font do not fit the 64 px a German
 * story's "7. Okt." needs, and would stick out of the element.
 */
export function railGutter(ticks: readonly TickText[], text: TextWidth, least: number): number {
  let widest = 0;
  // A label of two lines (a day above its time) is as wide as its wider line.
  for (const tick of ticks) for (const label of tick.label.split('\n')) widest = Math.max(widest, tickLabelWidth({ ...tick, label }, text));
  return Math.max(least, Math.ceil(widest) + TICK_LABEL_ROOM);
}
