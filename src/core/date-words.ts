import type { TimelineModel } from './model.js';
import type { Certainty, PreciseDate } from './precision.js';
import { remembered } from './remembered.js';

/**
 * The words of the rarer dates: weeks, decades and centuries, the qualifiers of approximate
 * or uncertain ones and the open ends of ranges (core/rare-dates.ts). Most documents have none, so the element loads them
 * only for a model that does (parts/rare-dates.ts) and registers them here before it lays
 * out; format.ts and short-date.ts write with them.
 */
export interface DateWords {
  /** A week in full: "Week 47, 2024", "KW 47/2024". */
  week(date: PreciseDate, locale: string): string;
  /** A week's number alone ("KW 47"), when the language has a short way to write it. */
  shortWeek(date: PreciseDate, locale: string): string | undefined;
  /** A decade or a century: "2010s", "20. Jahrhundert". */
  span(date: PreciseDate, locale: string): string;
  /** A date's text with its certainty: "c. 1520"; spoken, "approximately 1520". */
  qualify(text: string, certainty: Certainty, locale: string, spoken?: boolean): string;
  /** A range with an open end, from its known date: "October 2024 – ongoing", "unknown start – 1530". */
  open(known: string, open: 'start' | 'end', locale: string): string;
}

let registered: DateWords | undefined;

/** Registers the words of the rarer dates (once they are loaded; the same words every time). */
export function useDateWords(words: DateWords): void {
  registered = words;
}

/** The registered words, if any: without them a week is written as its first day, a span as its first year, an open range as its known date, and no qualifier is added. */
export const dateWords = (): DateWords | undefined => registered;

/** Whether writing this date needs the words of the rarer dates. */
export function needsDateWords(date: PreciseDate | undefined): boolean {
  if (!date) return false;
  return date.certainty !== undefined || date.precision === 'week' || date.precision === 'decade' || date.precision === 'century';
}

const needed = new WeakMap<TimelineModel, boolean>();

/** Whether any date of the model (its items', eras' and reference lines') needs them, or an item's open end; told once per model. */
export function modelNeedsDateWords(model: TimelineModel): boolean {
  return remembered(
    needed,
    model,
    () =>
      model.items.some((i) => i.open || needsDateWords(i.from) || needsDateWords(i.to)) ||
      model.eras.some((e) => needsDateWords(e.from) || needsDateWords(e.to)) ||
      model.references.some((r) => needsDateWords(r.date)),
  );
}
