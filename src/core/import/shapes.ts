/**
 * The shapes of other timelines' data that the element reads as they are, as types for pages
 * written in TypeScript. Only what the element reads is typed; anything else may be there.
 */

/** A TimelineJS date: each part a number or its text; the most specific part given is the precision. */
export interface TimelineJsDate {
  year: number | string;
  month?: number | string;
  day?: number | string;
  hour?: number | string;
  minute?: number | string;
  second?: number | string;
  millisecond?: number | string;
  display_date?: string;
}

/** A TimelineJS slide's words, in HTML (shown as plain text). */
export interface TimelineJsText {
  headline?: string;
  text?: string;
}

export interface TimelineJsEvent {
  start_date: TimelineJsDate;
  end_date?: TimelineJsDate;
  text?: TimelineJsText;
  unique_id?: string;
  group?: string;
  [other: string]: unknown;
}

/** TimelineJS JSON: `{ title?, events, eras? }`. */
export interface TimelineJsDocument {
  title?: { text?: TimelineJsText; [other: string]: unknown } | string;
  events: TimelineJsEvent[];
  eras?: unknown[];
  [other: string]: unknown;
}

/** A vis-timeline item: `content` and `title` in HTML (shown as plain text); dates as ISO text, Date or epoch ms. */
export interface VisTimelineItem {
  id?: string | number;
  content: string;
  start: string | number | Date;
  end?: string | number | Date;
  group?: string | number;
  type?: string;
  title?: string;
  [other: string]: unknown;
}

/** vis-timeline data: a bare array of items, or `{ items, groups }`. */
export type VisTimelineData = VisTimelineItem[] | { items: VisTimelineItem[]; groups?: { id: string | number; content?: string; [other: string]: unknown }[] };
