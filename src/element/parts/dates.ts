/**
 * The words of the rarer dates (core/rare-dates.ts: weeks, decades, centuries, approximate and
 * uncertain dates, open ranges), such items' marks on their markers (templates/date-marks.ts)
 * and their styles, and their marks in a picture file (core/picture-dates.ts, for `toSVG()`),
 * loaded on demand (support/on-demand.ts) with the first model that has such a date; its first
 * picture waits for them (LayoutController), so no date is written or drawn without them. In
 * the single-file bundle it is dist/event-timeline-dates.js.
 */
export { rareDateWords as words } from '../../core/rare-dates.js';
export { datesStyles as styles } from '../templates/dates.styles.js';
export { markBand } from '../../core/picture-dates.js';
export { dateMarks as marks } from '../templates/date-marks.js';
