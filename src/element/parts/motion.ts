/**
 * The stage a moving window is drawn from (core/motion.ts), loaded on demand
 * (support/on-demand.ts) when the window first moves (a gesture, the buttons, the keys,
 * `zoomTo()`): until it arrives each frame is laid out exactly, which is right but slower. In
 * the single-file bundle it is dist/event-timeline-motion.js.
 */
export { layStage, slideFrame, stageServes } from '../../core/motion.js';
