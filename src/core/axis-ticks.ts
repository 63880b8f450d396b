import { viewTicks, type computeTicks, type Tick } from './ticks.js';
import type { View } from './view.js';

/** How wide a text is in the element's font, in px (support/text-measure.ts). */
export interface TextWidth {
  width(text: string): number;
}

export type TickText = Pick<Tick, 'label' | 'major'>;

/** A tick's label is drawn at 0.8 em of the font the measure knows. */
const TICK_LABEL_SCALE = 0.8;
/**
 * A major tick's (a year, the first of a month, a midnight among hours) is bold, which the
 * measure does not know: weight 600 draws up to a fifth wider (DejaVu Sans 14 %, Arabic
 * script in the fonts Chromium falls back to about 20 %).
 */
const BOLD = 1.22;
/** How wide a tick's date is drawn, in px: on the horizontal axis, and before the rail (rail.ts). */
export const tickLabelWidth = (tick: TickText, text: TextWidth): number => text.width(tick.label) * (tick.major ? BOLD : 1) * TICK_LABEL_SCALE;

/**
 * Room per tick along an axis. The vertical rail's dates are a line tall, but one every 56 px (a
 * noon between every two days, a tick beside nearly every card of a story minutes apart) was more
 * than a reader scans beside cards that carry their own dates, and every tick is restyled at
 * each frame of a moving window: about four lines of text apart now (decades still along a
 * phone's sixty-six years, as the stories show).
 */
const TICK_SPACING = { horizontal: 110, vertical: 80 } as const;

/**
 * How many ticks an axis of `length` px gets. Not fewer in a larger font: the interval steps
 * (1, 3, 6, 12 hours) would then leave a few hours of a phone's axis one date; axisTicks leaves
 * out the dates that do not fit between the others instead.
 */
export function tickCount(length: number, orientation: keyof typeof TICK_SPACING): number {
  return Math.max(2, Math.floor(length / TICK_SPACING[orientation]));
}

/** Between a tick and its date. */
const PAD = 3;
/** Between two dates: closer, "Nov 5, 2024 7:00 PM 7:30 PM" read as one. */
const GAP = 12;

/**
 * The horizontal axis's ticks over `view`, `length` px long, each date written where it fits:
 * after its tick, or before it (`end`) where it would run past the far end, or ending at the far
 * end, over its tick, where neither side has room (`dx`: its anchor's place, from the tick); one
 * that would still run into a date already written is left out (its tick and grid line stay), so
 * that no two dates overlap, in a larger font, a wider locale, or where a midnight says the day.
 * The larger periods (a year, a month, a midnight) are written first, then the others from the
 * start, the view's first (it names the year) first. Widths as the rail's dates are measured.
 */
export function axisTicks(view: View, length: number, zone: string, locale: string, text: TextWidth, make?: typeof computeTicks): Tick[] {
  const ticks = viewTicks(view[0], view[1], tickCount(length, 'horizontal'), zone, locale, make);
  const perMs = length / (view[1] - view[0]);
  // The written dates' extents.
  const taken: [number, number][] = [];
  for (const major of [true, false]) {
    ticks.forEach((tick, i) => {
      if (tick.major !== major) return;
      const x = (tick.at - view[0]) * perMs;
      const width = tickLabelWidth(tick, text);
      // Written before its tick (anchored at its end) where it would run past the far end; with
      // room on neither side (a narrow axis, a large font, a day with its time), ending at the far
      // end, over its tick: an axis keeps its one date.
      const end = x + PAD + width > length && x - PAD - width >= 0;
      const from = end ? x - PAD - width : Math.min(x + PAD, length - width);
      const free = from >= 0 && !taken.some(([start, stop]) => from < stop + GAP && start < from + width + GAP);
      if (free) taken.push([from, from + width]);
      // In place: each `make` gives a list of its own.
      ticks[i] = free ? { ...tick, dx: end ? -PAD : from - x, ...(end && { end }) } : { ...tick, label: '' };
    });
  }
  return ticks;
}
