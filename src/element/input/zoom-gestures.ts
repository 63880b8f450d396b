import { select, type Selection } from 'd3-selection';
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior } from 'd3-zoom';
import type { View } from '../../core/view.js';
import { pageSwipes } from './page-swipes.js';
import { railZoomedView, wheelPannedView, zoomPlace, type ZoomFrame } from '../../core/zoom-transform.js';

/** A wheel turn that asks to move along a horizontal chart, not to zoom: a trackpad's sideways swipe, or Shift with a mouse wheel. */
const sideways = (e: WheelEvent) => !e.ctrlKey && (e.shiftKey || Math.abs(e.deltaX) > Math.abs(e.deltaY));
/** The largest wheel turn (px) a trackpad's pinch gives: a mouse's notch is 100 or 120. */
const PINCH_PX = 50;
/**
 * How far a wheel turn zooms, as d3-zoom's own (a notch of 100 px, 1.15 times) but for Ctrl: d3-zoom
 * makes a Ctrl turn ten times as strong, for a trackpad's pinch (Ctrl and a few px a turn), and so
 * a mouse's notch with Ctrl (the vertical layout's zoom) zoomed 4 times at once. Only small turns
 * are taken for a pinch.
 */
const wheelDelta = (e: WheelEvent) => -e.deltaY * (e.deltaMode === 1 ? 0.05 : e.deltaMode ? 1 : 0.002) * (e.ctrlKey && !e.deltaMode && Math.abs(e.deltaY) < PINCH_PX ? 10 : 1);
/** A wheel's lines and pages in px (most wheels give px). */
const LINE_PX = 40;
/** The wait after a sideways turn before the window is at rest (as d3-zoom waits after a wheel's last turn). */
const PAN_REST_MS = 150;

/** The gestures on one element: told where the window is, and let go. */
export interface ZoomGestures {
  place(at: ZoomFrame): void;
  off(): void;
}

/**
 * d3-zoom's wheel, pinch, drag and touch on `element` (with d3-selection, about 8 KiB of the
 * gzipped bundle), each move reported as the window it shows (core/zoom-transform.ts). Loaded
 * on demand by ZoomController, when a pointer first comes over the chart: a page read only
 * with the keyboard or not at all never downloads it.
 */
export function zoomGestures(
  element: Element,
  takes: (event: Event) => boolean,
  tell: (view: View, phase: 'change' | 'end') => void,
): ZoomGestures {
  // A wheel's turns are told once a frame, the last one's window: a wheel or a trackpad turns
  // twice or more in some frames (its events are not bound to frames), and each turn told at once
  // was drawn (an update) and laid out (the browser's style and layout after the event) for the
  // frame to draw over it. A pointer's or a finger's moves come once a frame already (the browser
  // holds them for it) and are told at once, as a gesture's end is, in place of a turn still waiting.
  let waiting: View | undefined;
  let frame = 0;
  const changed = (view: View, phase: 'change' | 'end', wheel?: boolean) => {
    if (phase === 'end' || !wheel) {
      cancelAnimationFrame(frame);
      frame = 0;
      tell(view, phase);
      return;
    }
    waiting = view;
    frame ||= requestAnimationFrame(() => {
      frame = 0;
      tell(waiting!, 'change');
    });
  };
  let placing = false;
  let at: ZoomFrame | undefined;
  /** The time drawn under the pointer as a gesture on the vertical rail began (core/zoom-transform.ts). */
  let anchor: number | undefined;
  /** Where an event's pointer is down the vertical rail, and the time drawn there; undefined elsewhere. */
  const pointed = (event: D3ZoomEvent<Element, unknown>): { to: number; time: number } | undefined => {
    const toMs = at?.rail?.toMs;
    const to = toMs && alongRail(element, event.sourceEvent as Event | null);
    return toMs && to !== undefined ? { to, time: toMs(to) } : undefined;
  };
  const report = (phase: 'change' | 'end') => (event: D3ZoomEvent<Element, unknown>) => {
    const { x, y, k } = event.transform;
    if (placing || !at) return;
    // On the rail, what was under the pointer as the gesture began stays under it: a drag, a
    // pinch and a Ctrl-wheel alike (d3-zoom's own pan moved the cards faster than the pointer
    // where a break was on screen, by as much as the breaks shorten the rail's time).
    const now = pointed(event);
    anchor ??= now?.time;
    changed(railZoomedView(at, x, y, k, anchor, now?.to), phase, (event.sourceEvent as Event | null)?.type === 'wheel');
  };
  // A sideways wheel turn on a horizontal chart pans it (d3-zoom's wheel only zooms), at rest
  // once the turns stop. The next turn goes on from the window the last one asked for.
  let rest: ReturnType<typeof setTimeout> | undefined;
  const pans = (event: Event) => event.type === 'wheel' && !!at && !at.vertical && sideways(event as WheelEvent);
  const onWheel = (event: WheelEvent) => {
    if (!pans(event) || page(event) || !takes(event)) return;
    event.preventDefault();
    const px = (event.deltaX || event.deltaY) * (event.deltaMode === 1 ? LINE_PX : event.deltaMode === 2 ? at!.length : 1);
    const view = wheelPannedView(at!, px);
    at = { ...at!, view };
    changed(view, 'change', true);
    clearTimeout(rest);
    rest = setTimeout(() => at && changed(at.view, 'end'), PAN_REST_MS);
  };
  element.addEventListener('wheel', onWheel as EventListener, { passive: false });
  // A turn the browser could not let be cancelled has scrolled the page already: it scrolled the
  // chart up under the pointer, which it then reached (a turn over the text or the buttons above
  // it). A turn of the page's wheel gesture over the chart is the page's too (ZoomController's takes).
  const page = (event: Event) => event.type === 'wheel' && event.isTrusted && !event.cancelable;
  const swipesOff = pageSwipes(element, () => !!at && !at.vertical);
  // A finger lifted from a pinch, or one more put down: the fingers' middle jumps, so the time
  // drawn at the new middle is held from then on (the pinch's own jumped to the finger left).
  // Before d3-zoom hears it (it stops the event), with the fingers as they are at that moment.
  const fingersChanged = (event: Event) => {
    const to = (event as TouchEvent).touches.length > 0 ? alongRail(element, event) : undefined;
    if (to !== undefined && at?.rail?.toMs) anchor = at.rail.toMs(to);
  };
  for (const type of ['touchstart', 'touchend']) element.addEventListener(type, fingersChanged, true);
  // A touch is dispatched at the node it began on to its end, also once that node has left the
  // page (a card drawn no more as a pinch moves the window): its moves and its end reached
  // d3-zoom no more, the gesture never ended, and the window it moved to was never reported
  // (start, end, timeline-range-change). Such a node's touches are handed on to the chart. (Found
  // from its moves too: a touch that began before this part came is replayed at the chart.)
  const strayed = (event: Event) => {
    const e = event as TouchEvent;
    if ((e.target as Node).isConnected) return;
    const copy = new TouchEvent(e.type, { touches: [...e.touches], targetTouches: [...e.targetTouches], changedTouches: [...e.changedTouches], bubbles: true, cancelable: true });
    if (!element.dispatchEvent(copy) && e.cancelable) e.preventDefault();
  };
  // Each node once, not at every move of a gesture (the node a touch began on stays its target).
  let watched: EventTarget | undefined;
  const watch = (event: Event) => {
    const node = event.composedPath()[0];
    if (!node || node === watched) return;
    watched = node;
    for (const type of ['touchmove', 'touchend', 'touchcancel']) node.addEventListener(type, strayed, { passive: false });
  };
  for (const type of ['touchstart', 'touchmove']) element.addEventListener(type, watch, true);
  const behaviour: ZoomBehavior<Element, unknown> = zoom<Element, unknown>()
    // A click on an event must still be a click; a sideways wheel turn pans (onWheel).
    .filter((event: Event) => (event.type === 'wheel' || !(event as MouseEvent).button) && !pans(event) && !(event.target as Element).closest?.('button') && !page(event) && takes(event))
    .clickDistance(4)
    .wheelDelta(wheelDelta)
    // The time under the press, the wheel or the fingers as the gesture starts: a press made
    // before the gestures arrived comes again with its own place (input/early-gestures.ts), after
    // the pointer has moved on.
    .on('start', (event: D3ZoomEvent<Element, unknown>) => void (anchor = pointed(event)?.time))
    .on('zoom', report('change'))
    .on('end', report('end'));
  const target: Selection<Element, unknown, null, undefined> = select(element);
  target.call(behaviour).on('dblclick.zoom', null);
  return {
    place(next) {
      at = next;
      const { extent, scaleExtent, x, y, k } = zoomPlace(next);
      // A known extent spares d3-zoom from measuring the element (a forced layout) on every sync.
      behaviour.extent(extent).scaleExtent(scaleExtent);
      placing = true;
      try {
        behaviour.transform(target, zoomIdentity.translate(x, y).scale(k));
      } finally {
        placing = false;
      }
    },
    off: () => {
      target.on('.zoom', null);
      element.removeEventListener('wheel', onWheel as EventListener);
      swipesOff();
      for (const type of ['touchstart', 'touchend']) element.removeEventListener(type, fingersChanged, true);
      for (const type of ['touchstart', 'touchmove']) element.removeEventListener(type, watch, true);
      clearTimeout(rest);
      cancelAnimationFrame(frame);
    },
  };
}

/**
 * How far down the vertical rail (the plot) a wheel's pointer or a pinch's fingers are, in px;
 * undefined for an event with no place (a zoom set by the element). Read only in the vertical
 * layout; the plot's box is read each time, as it scrolls with the page or inside the chart.
 */
function alongRail(element: Element, source: Event | null): number | undefined {
  const points: readonly { clientY: number }[] = source && 'touches' in source ? [...(source as TouchEvent).touches] : source && 'clientY' in source ? [source as MouseEvent] : [];
  const plot = element.querySelector('.plot');
  if (!plot || points.length === 0) return undefined;
  return points.reduce((sum, p) => sum + p.clientY, 0) / points.length - plot.getBoundingClientRect().top;
}
