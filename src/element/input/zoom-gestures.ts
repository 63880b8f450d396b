import { select, type Selection } from 'd3-selection';
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior } from 'd3-zoom';

/** Where d3-zoom's transform stands: the extent it maps, its scale limits, and the transform. */
export interface ZoomPlace {
  extent: [[number, number], [number, number]];
  scaleExtent: [number, number];
  x: number;
  y: number;
  k: number;
}

/** The gestures on one element: told where the view is, and let go. */
export interface ZoomGestures {
  place(place: ZoomPlace): void;
  off(): void;
}

/**
 * d3-zoom's wheel, pinch, drag and touch on `element` (with d3-selection, about 8 KiB of the
 * gzipped bundle). Loaded on demand by ZoomController, when a pointer first comes over the
 * chart: a page read only with the keyboard or not at all never downloads it.
 */
export function zoomGestures(
  element: Element,
  takes: (event: Event) => boolean,
  changed: (x: number, y: number, k: number, phase: 'change' | 'end') => void,
): ZoomGestures {
  let placing = false;
  const report = (phase: 'change' | 'end') => (event: D3ZoomEvent<Element, unknown>) => {
    if (!placing) changed(event.transform.x, event.transform.y, event.transform.k, phase);
  };
  const behaviour: ZoomBehavior<Element, unknown> = zoom<Element, unknown>()
    // A click on an event must still be a click.
    .filter((event: Event) => (event.type === 'wheel' || !(event as MouseEvent).button) && !(event.target as Element).closest?.('button') && takes(event))
    .clickDistance(4)
    .on('zoom', report('change'))
    .on('end', report('end'));
  const target: Selection<Element, unknown, null, undefined> = select(element);
  target.call(behaviour).on('dblclick.zoom', null);
  return {
    place({ extent, scaleExtent, x, y, k }) {
      // A known extent spares d3-zoom from measuring the element (a forced layout) on every sync.
      behaviour.extent(extent).scaleExtent(scaleExtent);
      placing = true;
      try {
        behaviour.transform(target, zoomIdentity.translate(x, y).scale(k));
      } finally {
        placing = false;
      }
    },
    off: () => void target.on('.zoom', null),
  };
}
