import type { TimelineFormat } from './core/import/imported.js';
import type { TimelineProblem } from './core/types.js';

// All of them bubble and cross the shadow boundary: pages listen on an ancestor, frameworks on the tag.
const init = <T>(detail: T) => ({ bubbles: true, composed: true, detail });

/** The data was read and drawn; `count` events are shown, read from data of the shape `format`; `added` of them new from `addEvents()`. */
export class TimelineLoadEvent extends CustomEvent<{ count: number; format: TimelineFormat; added?: number }> {
  static readonly eventName = 'timeline-load';
  constructor(count: number, format: TimelineFormat, added?: number) {
    super(TimelineLoadEvent.eventName, init(added === undefined ? { count, format } : { count, format, added }));
  }
}

/** The user selected an event (by pointer or keyboard); `id` is its id, or null when cleared. */
export class TimelineSelectEvent extends CustomEvent<{ id: string | null }> {
  static readonly eventName = 'timeline-select';
  constructor(id: string | null) {
    super(TimelineSelectEvent.eventName, init({ id }));
  }
}

/** The visible window changed, after a zoom, a pan or `zoomTo`; `start` and `end` are ISO strings. */
export class TimelineRangeChangeEvent extends CustomEvent<{ start: string; end: string }> {
  static readonly eventName = 'timeline-range-change';
  constructor(start: string, end: string) {
    super(TimelineRangeChangeEvent.eventName, init({ start, end }));
  }
}

/** The data could not be read, or some events were skipped; `problems` says which and why. */
export class TimelineErrorEvent extends CustomEvent<{ message: string; problems: TimelineProblem[] }> {
  static readonly eventName = 'timeline-error';
  constructor(message: string, problems: TimelineProblem[]) {
    super(TimelineErrorEvent.eventName, init({ message, problems }));
  }
}

/** The filter changed (legend, search field or the `filter` property); `count` items are shown now. */
export class TimelineFilterChangeEvent extends CustomEvent<{ groups: string[]; query: string; count: number }> {
  static readonly eventName = 'timeline-filter-change';
  constructor(groups: string[], query: string, count: number) {
    super(TimelineFilterChangeEvent.eventName, init({ groups, query, count }));
  }
}

// They bubble out of the element and its shadow root: typed wherever a page listens, on an
// ancestor, the document or the window (each of their event maps extends this one).
declare global {
  interface GlobalEventHandlersEventMap {
    'timeline-load': TimelineLoadEvent;
    'timeline-select': TimelineSelectEvent;
    'timeline-error': TimelineErrorEvent;
    'timeline-range-change': TimelineRangeChangeEvent;
    'timeline-filter-change': TimelineFilterChangeEvent;
  }
}
