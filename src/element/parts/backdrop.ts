/**
 * Eras and reference lines, loaded on demand (support/on-demand.ts) by the layout when the
 * data has any or `now` is on: their placement (core/backdrop.ts), the line for today
 * (support/today.ts), their templates and styles, and their picture in a file
 * (core/picture-bands.ts, for `toSVG()`). In the single-file bundle it is dist/event-timeline-backdrop.js.
 */
export { placeBackdrop } from '../../core/backdrop.js';
export { renderBackdropBands, renderBackdropStrip } from '../templates/render-backdrop.js';
export { backdropStyles as styles } from '../templates/backdrop.styles.js';
export { atMidnight, todayLine } from '../support/today.js';
export { bandsPicture } from '../../core/picture-bands.js';
