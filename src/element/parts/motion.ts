/**
 * The stage a moving window is drawn from and which one serves it (core/motion.ts), loaded on demand
 * (support/on-demand.ts) when the window first moves (a gesture, the buttons, the keys,
 * `zoomTo()`): until it arrives each frame is laid out exactly, which is right but slower. With
 * it the animation of a move (support/view-animation.ts): the first animated move starts once
 * it is here. In the single-file bundle it is dist/event-timeline-motion.js.
 */
export { slideFrame, stageFor } from '../../core/motion.js';
export { ViewAnimation } from '../support/view-animation.js';
export { PageMotion } from '../support/page-motion.js';
