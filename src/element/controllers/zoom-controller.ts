import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ZOOM_LIMITS, type View } from '../../core/view.js';
import { EarlyGestures } from '../input/early-gestures.js';
import type { ZoomGestures } from '../input/zoom-gestures.js';

export type ZoomPhase = 'change' | 'end';

type GesturesModule = typeof import('../input/zoom-gestures.js');
/** d3-zoom's gestures, once a page has loaded them: the next elements attach at once. */
let loaded: GesturesModule | undefined;
let loading: Promise<GesturesModule> | undefined;
const loadGestures = (): Promise<GesturesModule> => (loading ??= import('../input/zoom-gestures.js').then((m) => (loaded = m)));

/**
 * Wheel, pinch, drag and touch zoom and pan through d3-zoom. The element keeps the view in
 * time; d3-zoom's transform is expressed against the fitted `base` span and re-synced
 * silently whenever the element changes the view itself.
 *
 * d3-zoom comes on demand (input/zoom-gestures.ts): the first pointer over the chart asks for
 * it, and what the user started before it arrived is handed over (input/early-gestures.ts).
 */
export class ZoomController implements ReactiveController {
  #element?: Element;
  #gestures?: ZoomGestures;
  #early?: EarlyGestures;
  #base: View = [0, 1];
  #length = 1;
  #breadth = 1;
  #view: View = [0, 1];
  #vertical = false;

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
    this.#gestures?.off();
    this.#early?.stop(false);
    this.#gestures = this.#early = this.#element = undefined;
  }

  /** Listens on `element`; a no-op when it already does. */
  attach(element: Element): void {
    if (this.#element === element) return;
    this.detach();
    this.#element = element;
    if (loaded) this.#listen(loaded);
    else this.#early = new EarlyGestures(element, this.#takes, () => void loadGestures().then((m) => this.#element === element && !this.#gestures && this.#listen(m)));
  }

  #listen(m: GesturesModule): void {
    this.#gestures = m.zoomGestures(this.#element!, this.#takes, (x, y, k, phase) => this.#changed(this.#vertical ? y : x, k, phase));
    this.#place();
    this.#early?.stop(true);
    this.#early = undefined;
  }

  /**
   * In the vertical (article) layout the page scrolls through the story: a plain wheel and a
   * one-finger swipe are the page's, a Ctrl-wheel (also a trackpad's pinch), a two-finger
   * pinch and a mouse drag zoom and pan.
   */
  #takes = (event: Event): boolean => {
    if (!this.#vertical) return true;
    if (event.type === 'wheel') return (event as WheelEvent).ctrlKey;
    if (event.type === 'touchstart') return (event as TouchEvent).touches.length >= 2;
    return true;
  };

  /** Tells d3-zoom where the element's view is, without echoing it back as a user change. */
  sync(base: View, length: number, breadth: number, view: View, vertical: boolean): void {
    this.#base = base;
    this.#length = Math.max(1, length);
    this.#breadth = Math.max(1, breadth);
    this.#view = view;
    this.#vertical = vertical;
    this.#place();
  }

  #place(): void {
    if (!this.#gestures) return;
    const base = this.#base;
    const span = base[1] - base[0];
    const k = span / (this.#view[1] - this.#view[0]);
    const offset = (-k * (this.#view[0] - base[0]) * this.#length) / span;
    const vertical = this.#vertical;
    this.#gestures.place({
      extent: vertical ? [[0, 0], [this.#breadth, this.#length]] : [[0, 0], [this.#length, this.#breadth]],
      scaleExtent: [span / ZOOM_LIMITS.maxSpan, span / ZOOM_LIMITS.minSpan],
      x: vertical ? 0 : offset,
      y: vertical ? offset : 0,
      k,
    });
  }

  #changed(offset: number, k: number, phase: ZoomPhase): void {
    const span = this.#base[1] - this.#base[0];
    const toTime = (px: number) => this.#base[0] + (((px - offset) / k) * span) / this.#length;
    this.onView([toTime(0), toTime(this.#length)], phase);
  }
}
