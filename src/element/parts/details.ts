/**
 * The details panel, loaded on demand (support/on-demand.ts) the first time an item is
 * selected or a "+N" chip is opened: the selected item in
 * full with its picture, long texts, sources and copy-link, the chip's list, and their styles;
 * with them what only a selection needs: what their buttons do and a chip's members
 * (support/panel.ts), scrolling the choice into view. In the single-file bundle it is dist/event-timeline-details.js.
 */
export { renderDetails } from '../templates/render-details.js';
export { renderClusterList } from '../templates/render-cluster-list.js';
export { detailsStyles as styles } from '../templates/details.styles.js';
export { chipListProps, detailsProps, openChip } from '../support/panel.js';
export { revealSelection } from '../support/reveal-selection.js';
