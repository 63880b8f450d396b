import type { PreciseDate } from './precision.js';
import type { TimelineGroup, TimelineMedia, TimelineProblem, TimelineSource } from './types.js';
import { remembered } from './remembered.js';

/** How an event is drawn: a point for a day or an instant, a band for a longer period. */
export type MarkerKind = 'point' | 'band';

/**
 * How an item is drawn in a view where its period is `width` px long: a day wider than four of
 * its points (`radius` each side; 48 px) is drawn as the band it is, so that a zoom into its hours
 * shows it over them (drawn as a point at its first instant, an outside harness found 5 items of
 * a day neither drawn nor counted in a 4-hour window of that day). Half a px of slack: the days of
 * a view at just 48 px a day are drawn alike whatever the rounding of each. Narrower, a point
 * reads better: a band a point or two wide, its label running out of it, was looked at and not kept.
 */
export const drawnKind = (item: TimelineItem, width: number, radius: number): MarkerKind => (item.kind === 'band' || width > 8 * radius + 0.5 ? 'band' : 'point');

/** A validated event, placed in time. */
export interface TimelineItem {
  /** Position in the input list. */
  index: number;
  id: string;
  title: string;
  description?: string;
  place?: string;
  quote?: string;
  group?: string;
  sources: readonly TimelineSource[];
  /** A picture for the details, with safe http(s) addresses; absent when missing or refused. */
  media?: TimelineMedia;
  /** The given date (or range start) at its precision. */
  from: PreciseDate;
  /** The range end at its precision, when a range was given. */
  to?: PreciseDate;
  /** Epoch milliseconds: where the item begins and where it ends (exclusive). */
  start: number;
  end: number;
  kind: MarkerKind;
  /**
   * An open range (ISO 8601-2 `..`): `end`, it goes on (drawn to the right edge of the fitted
   * view, fading, "ongoing"); `start`, its start is unknown (`from` and `to` are then its end).
   */
  open?: 'start' | 'end';
}

/** A validated era: a labelled period behind the items. */
export interface Era {
  title: string;
  from: PreciseDate;
  to: PreciseDate;
  /** Epoch ms: where it begins and where it ends (exclusive). */
  start: number;
  end: number;
  group?: string;
}

/** A validated reference line at a date. */
export interface Reference {
  title: string;
  date: PreciseDate;
  /** Epoch ms: the start of its date. */
  at: number;
}

/** Events by id; asked about no id (null, undefined), like a Map it finds none. */
export interface EventsById extends ReadonlyMap<string, TimelineItem> {
  get(id: string | null | undefined): TimelineItem | undefined;
  has(id: string | null | undefined): boolean;
}

/** What the parser makes of a document: the valid events, in time order, and the problems. */
export interface TimelineModel {
  title?: string;
  lang?: string;
  timeZone?: string;
  groups: readonly TimelineGroup[];
  items: readonly TimelineItem[];
  /** Labelled periods and reference lines, in time order. */
  eras: readonly Era[];
  references: readonly Reference[];
  /** The same events by id. */
  byId: EventsById;
  problems: readonly TimelineProblem[];
}

const groupIndexes = new WeakMap<TimelineModel, Map<string, number>>();

/**
 * Each group's position in the model's groups list (for per-group colours), made once per model.
 * Asked with an item's group as it is: an item of no group (undefined) is in none.
 */
export function groupIndexOf(model: TimelineModel): ReadonlyMap<string | undefined, number> {
  return remembered(groupIndexes, model, () => new Map(model.groups.map((g, i) => [g.id, i])));
}

/** Where the item `id` is in `items`; -1 for none (the item with the tab stop, the selected one: one each, found once a layout). */
export const indexOfId = (items: readonly TimelineItem[], id: string | null | undefined): number => (id == null ? -1 : items.findIndex((item) => item.id === id));

/** The group colour (1 to 6, `--timeline-group-N-color`) of the group at `index`: the seventh takes the first's again. */
export const groupColour = (index: number): number => (index % 6) + 1;
