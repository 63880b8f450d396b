/**
 * The details panel, loaded on demand (support/on-demand.ts) the first time an item is
 * selected or a "+N" chip is opened: the selected item in
 * full with its picture, long texts, sources and copy-link, the chip's list, and their styles;
 * with them what only a selection needs (the chip's members, scrolling the
 * choice into view). In the single-file bundle it is dist/event-timeline-details.js.
 */
export { renderDetails } from '../templates/render-details.js';
export { renderClusterList } from '../templates/render-cluster-list.js';
export { detailsStyles as styles } from '../templates/details.styles.js';
export { chipAction, clusterMembers } from '../../core/cluster-members.js';
export { revealSelection } from '../support/reveal-selection.js';
