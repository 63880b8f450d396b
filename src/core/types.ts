/**
 * The public data format: what a page hands to `<event-timeline>`.
 * Dates are ISO 8601 strings whose form states their precision (see docs/data-format.md).
 */
export interface TimelineSource {
  name: string;
  url?: string;
  /** ISO 8601 date of the source, at any precision. */
  date?: string;
}

export interface TimelineGroup {
  id: string;
  label: string;
}

/** A picture shown in an event's details (only once it is selected). */
export interface TimelineMedia {
  /** http(s) address of the image. */
  url: string;
  /** What the image shows, for those who cannot see it: required. */
  alt: string;
  caption?: string;
  /** Who made or owns the image. */
  credit?: string;
  /** http(s) address the image links to. */
  link?: string;
}

export interface TimelineEventInput {
  id: string;
  title: string;
  /** A single date; its form states its precision (`2024`, `2024-10`, `2024-W47`, `2024-11-18`, `2024-11-18T14:30`). */
  date?: string;
  /** The start of a range; use instead of `date`. */
  start?: string;
  /** The end of a range, inclusive at its own precision. */
  end?: string;
  description?: string;
  group?: string;
  place?: string;
  quote?: string;
  sources?: TimelineSource[];
  media?: TimelineMedia;
}

/** A labelled period drawn as a tinted band across the items (across one group's row when `group` is given). */
export interface TimelineEra {
  title: string;
  start: string;
  /** Inclusive at its own precision, like an item's `end`. */
  end: string;
  group?: string;
}

/** A thin line across the plot at a date, with its title. */
export interface TimelineReference {
  date: string;
  title: string;
}

export interface TimelineDocument {
  title?: string;
  /** The language of the texts (BCP 47), e.g. `de`. */
  lang?: string;
  /** IANA zone in which dates without an offset are read. */
  timeZone?: string;
  groups?: TimelineGroup[];
  eras?: TimelineEra[];
  references?: TimelineReference[];
  events: TimelineEventInput[];
}

/** What the element accepts: a document or a bare array of events. */
export type TimelineData = TimelineDocument | TimelineEventInput[];

/** One reason an event was skipped, or shown without part of its data (`kept`). */
export interface TimelineProblem {
  /** Position of the event in the input list. */
  index: number;
  id?: string;
  /** The field at fault, e.g. `title`, `date`, `end`, `id`, `sources`. */
  field: string;
  message: string;
  /** True when the event is still shown, without the part at fault (e.g. media without alt text). */
  kept?: boolean;
}
