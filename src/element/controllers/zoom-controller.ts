import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { select, type Selection } from 'd3-selection';
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior } from 'd3-zoom';
import { ZOOM_LIMITS, type View } from '../../core/view.js';

export type ZoomPhase = 'change' | 'end';

/**
 * Wheel, pinch, drag and touch zoom and pan through d3-zoom. The element keeps the view in
 * time; d3-zoom's transform is expressed against the fitted `base` span and re-synced
 * silently whenever the element changes the view itself.
 */
export class ZoomController implements ReactiveController {
  #behaviour?: ZoomBehavior<Element, unknown>;
  #target?: Selection<Element, unknown, null, undefined>;
  #base: View = [0, 1];
  #length = 1;
  #vertical = false;
  #syncing = false;

  constructor(
    host: ReactiveControllerHost,
    private readonly onView: (view: View, phase: ZoomPhase) => void,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.detach();
  }

  detach(): void {
    this.#target?.on('.zoom', null);
    this.#target = undefined;
  }

  /** Listens on `element`; a no-op when it already does. */
  attach(element: Element): void {
    if (this.#target?.node() === element) return;
    this.detach();
    this.#behaviour ??= zoom<Element, unknown>()
      // Wheel and pinch, drag and touch; a click on an event must still be a click.
      .filter((event: Event) => (event.type === 'wheel' || !(event as MouseEvent).button) && !(event.target as Element).closest?.('button') && this.#pageScrolls(event) === false)
      .clickDistance(4)
      .on('zoom', (event: D3ZoomEvent<Element, unknown>) => this.#changed(event, 'change'))
      .on('end', (event: D3ZoomEvent<Element, unknown>) => this.#changed(event, 'end'));
    this.#target = select(element);
    this.#target.call(this.#behaviour).on('dblclick.zoom', null);
  }

  /**
   * In the vertical (article) layout the page scrolls through the story: a plain wheel and a
   * one-finger swipe are the page's, a Ctrl-wheel (also a trackpad's pinch), a two-finger
   * pinch and a mouse drag zoom and pan.
   */
  #pageScrolls(event: Event): boolean {
    if (!this.#vertical) return false;
    if (event.type === 'wheel') return !(event as WheelEvent).ctrlKey;
    if (event.type === 'touchstart') return (event as TouchEvent).touches.length < 2;
    return false;
  }

  /** Tells d3-zoom where the element's view is, without echoing it back as a user change. */
  sync(base: View, length: number, breadth: number, view: View, vertical: boolean): void {
    this.#base = base;
    this.#length = Math.max(1, length);
    this.#vertical = vertical;
    if (!this.#behaviour || !this.#target) return;
    const span = base[1] - base[0];
    const far = Math.max(1, breadth);
    // A known extent spares d3-zoom from measuring the element (a forced layout) on every sync.
    this.#behaviour
      .extent(vertical ? [[0, 0], [far, this.#length]] : [[0, 0], [this.#length, far]])
      .scaleExtent([span / ZOOM_LIMITS.maxSpan, span / ZOOM_LIMITS.minSpan]);
    const k = span / (view[1] - view[0]);
    const offset = (-k * (view[0] - base[0]) * this.#length) / span;
    const transform = vertical ? zoomIdentity.translate(0, offset).scale(k) : zoomIdentity.translate(offset, 0).scale(k);
    this.#syncing = true;
    try {
      this.#behaviour.transform(this.#target, transform);
    } finally {
      this.#syncing = false;
    }
  }

  #changed(event: D3ZoomEvent<Element, unknown>, phase: ZoomPhase): void {
    if (this.#syncing) return;
    const { k } = event.transform;
    const offset = this.#vertical ? event.transform.y : event.transform.x;
    const span = this.#base[1] - this.#base[0];
    const toTime = (px: number) => this.#base[0] + (((px - offset) / k) * span) / this.#length;
    this.onView([toTime(0), toTime(this.#length)], phase);
  }
}
