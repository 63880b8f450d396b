/**
 * The words of the rarer dates (core/rare-dates.ts: weeks, decades, centuries, approximate and
 * uncertain dates), loaded on demand (support/on-demand.ts) with the first model that has such a
 * date; its first picture waits for them (LayoutController), so no date is written without them.
 * In the single-file bundle it is dist/event-timeline-dates.js.
 */
export { rareDateWords as words } from '../../core/rare-dates.js';
