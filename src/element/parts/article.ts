/**
 * The vertical layout, loaded on demand (support/on-demand.ts) when time first runs down the
 * page (`orientation="vertical"`, or `auto` below 600 px): the cards beside the rail
 * (core/article.ts) and the rail's scale with its breaks (core/rail.ts), laid out as a frame
 * (core/vertical-frame.ts); their templates and styles; where its zoom buttons zoom about
 * (support/rail-anchor.ts); the rail in a picture file
 * (core/picture-rail.ts, for `toSVG()`). In the single-file bundle it is
 * dist/event-timeline-article.js.
 */
export { renderCard, renderLeaders, renderRail } from '../templates/render-article.js';
export { articleStyles as styles } from '../templates/article.styles.js';
export { cardSpot, railPicture } from '../../core/picture-rail.js';
export { verticalFrame } from '../../core/vertical-frame.js';
export { cardDateLine } from '../../core/article.js';
export { railAnchor } from '../support/rail-anchor.js';
