/**
 * The element's own words in German (core/messages-de.ts), loaded on demand (support/on-demand.ts)
 * by the first update whose locale is German: that element reads and draws nothing until they
 * are here, so it never says anything in English first. In the single-file bundle it is
 * dist/event-timeline-german.js.
 */
export { de as messages } from '../../core/messages-de.js';
