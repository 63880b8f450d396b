/**
 * The stage a moving window is drawn from and which one serves it (core/motion.ts), loaded on demand
 * (support/on-demand.ts) when the window first moves (a gesture, the buttons, the keys,
 * `zoomTo()`): until it arrives each frame is laid out exactly, which is right but slower. In
 * the single-file bundle it is dist/event-timeline-motion.js.
 */
export { slideFrame, stageFor } from '../../core/motion.js';
