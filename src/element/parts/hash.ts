/**
 * Links to an item (`hash-key`), loaded on demand (support/on-demand.ts) by the first update
 * that has `hash-key`: reading and writing the page's fragment (support/hash-link.ts,
 * core/fragment.ts). In the single-file bundle it is dist/event-timeline-hash.js.
 */
export { HashLink } from '../support/hash-link.js';
