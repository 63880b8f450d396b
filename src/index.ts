import { EventTimeline } from './event-timeline.js';

export { EventTimeline };
export { TimelineErrorEvent, TimelineFilterChangeEvent, TimelineLoadEvent, TimelineRangeChangeEvent, TimelineSelectEvent } from './events.js';
export type { DateInput, ZoomOptions } from './element/controllers/viewport-controller.js';
export type { TimelineFilter } from './core/filter.js';
export type { TimelineFormat } from './core/import/imported.js';
export type { TimelineJsDate, TimelineJsDocument, TimelineJsEvent, TimelineJsText, VisTimelineData, VisTimelineItem } from './core/import/shapes.js';
export type { TimelineData, TimelineDocument, TimelineEventInput, TimelineGroup, TimelineMedia, TimelineProblem, TimelineSource } from './core/types.js';

// Minifiers rename classes; the public class keeps its name in the bundle too.
Object.defineProperty(EventTimeline, 'name', { value: 'EventTimeline' });

// Importing the module registers the tag; a second copy on the page must not throw.
if (!customElements.get('event-timeline')) {
  customElements.define('event-timeline', EventTimeline);
}

declare global {
  interface HTMLElementTagNameMap {
    'event-timeline': EventTimeline;
  }
}
