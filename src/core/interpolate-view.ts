import type { View } from './view.js';

/**
 * The view between two others at time t (0..1): the centre moves linearly, the span
 * geometrically, so a zoom over several orders of magnitude looks even. Only an animated move
 * needs it: a module of its own, in the motion part (view.ts is in the main file).
 */
export function interpolateView(a: View, b: View, t: number): View {
  const centre = (a[0] + a[1]) / 2 + (((b[0] + b[1]) / 2 - (a[0] + a[1]) / 2) * t);
  const spanA = a[1] - a[0];
  const spanB = b[1] - b[0];
  const span = spanA * Math.pow(spanB / spanA, t);
  return [centre - span / 2, centre + span / 2];
}
