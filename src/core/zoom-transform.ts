import { ZOOM_LIMITS, type View } from './view.js';

/**
 * The window as d3-zoom holds it: a transform against the fitted window (`base`), which scale 1
 * shows across the chart's `length` (px along time; `breadth` across it). The element keeps the
 * window in time; d3-zoom's wheel, drag and pinch move this transform, read back as a window.
 */
export interface ZoomFrame {
  base: View;
  view: View;
  length: number;
  breadth: number;
  /** Time runs down the page: the transform moves along y. */
  vertical: boolean;
}

/** Where d3-zoom's transform stands: the extent it maps, its scale limits, and the transform. */
export interface ZoomPlace {
  extent: [[number, number], [number, number]];
  scaleExtent: [number, number];
  x: number;
  y: number;
  k: number;
}

/** The transform that shows `at.view`, with the zoom limits as scale limits. */
export function zoomPlace(at: ZoomFrame): ZoomPlace {
  const { base, view, length, breadth, vertical } = at;
  const span = base[1] - base[0];
  const k = span / (view[1] - view[0]);
  const offset = (-k * (view[0] - base[0]) * length) / span;
  return {
    extent: vertical ? [[0, 0], [breadth, length]] : [[0, 0], [length, breadth]],
    scaleExtent: [span / ZOOM_LIMITS.maxSpan, span / ZOOM_LIMITS.minSpan],
    x: vertical ? 0 : offset,
    y: vertical ? offset : 0,
    k,
  };
}

/** The window a transform shows (its offset along time, `x` or `y`, and its scale `k`). */
export function zoomedView(at: ZoomFrame, x: number, y: number, k: number): View {
  const { base, length } = at;
  const offset = at.vertical ? y : x;
  const span = base[1] - base[0];
  const toTime = (px: number) => base[0] + (((px - offset) / k) * span) / length;
  return [toTime(0), toTime(length)];
}
