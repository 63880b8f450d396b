import { selection } from 'd3-selection';

/**
 * What d3-zoom needs from d3-transition in a bundle that starts no transitions (see
 * bundle-plugins.mjs): `interrupt(node)` and `selection.interrupt()`, which stop the running
 * transitions, of which there are none. d3-zoom's own animated zoom (double-click with
 * `zoom.duration() > 0`) needs real transitions: it fails loudly here instead of silently.
 */
export function interrupt() {}

selection.prototype.interrupt = function interruptNothing() {
  return this;
};

selection.prototype.transition = function noTransitions() {
  throw new Error("event-timeline: the bundle has no d3-transition; use zoom.duration(0) or import 'd3-transition' in src/");
};
