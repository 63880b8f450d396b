/**
 * The legend of groups and the search field, loaded on demand (support/on-demand.ts) with the
 * first data that has groups, with `searchable`, or with a `filter` set: their template and
 * styles, what they do and how a changed filter is reported (support/legend.ts), and the
 * filtering itself (core/filter.ts). The first
 * picture of such data waits for it, so nothing moves when it arrives. In the single-file
 * bundle it is dist/event-timeline-filters.js.
 */
export { renderFilters } from '../templates/render-filters.js';
export { filterStyles as styles } from '../templates/filters.styles.js';
export { filterModel } from '../../core/filter.js';
export { filtersProps, followData, reportFilter } from '../support/legend.js';
