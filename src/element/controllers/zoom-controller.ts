import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Frame } from '../../core/frame.js';
import type { View } from '../../core/view.js';
import type { ZoomFrame } from '../../core/zoom-transform.js';
import { EarlyGestures } from '../input/early-gestures.js';
import type { ZoomGestures } from '../input/zoom-gestures.js';
import { prefetch } from '../support/on-demand.js';
import { loadMotion } from '../support/parts.js';

export type ZoomPhase = 'change' | 'end';

type GesturesModule = typeof import('../input/zoom-gestures.js');
/** d3-zoom's gestures, once a page has loaded them: the next elements attach at once. */
let loaded: GesturesModule | undefined;
let loading: Promise<GesturesModule> | undefined;
// With them the moving view's stages (the motion part): else a page's first gesture was laid
// out exactly, frame by frame, until that part arrived (two or three frames of 50-70 ms at
// 10,000 items).
const loadGestures = (): Promise<GesturesModule> => (loading ??= (prefetch(loadMotion), import('../input/zoom-gestures.js').then((m) => (loaded = m))));

/**
 * When a wheel turn last scrolled the page (no one cancelled it). A wheel gesture is kept where
 * it began, as a browser keeps a scroll in the box it began in: the page scrolled with the wheel
 * goes on scrolling when a chart comes under the pointer (it stopped there and zoomed the chart,
 * also before the gestures had arrived), until the turns pause for a second (a wheel turned
 * notch by notch turns every 300-500 ms; a turn in the page's first second counts as the page's).
 * Browsers take a wheel listener on the window as passive.
 */
let pageTurn = 0;
addEventListener('wheel', (e) => e.defaultPrevented || (pageTurn = e.timeStamp));

/**
 * Wheel, pinch, drag and touch zoom and pan through d3-zoom. The element keeps the view in
 * time; d3-zoom's transform is expressed against the fitted `base` span (core/zoom-transform.ts,
 * with the gestures) and re-synced silently whenever the element changes the view itself.
 *
 * d3-zoom comes on demand (input/zoom-gestures.ts): the first pointer over the chart asks for
 * it (and for the stages its frames are drawn from), and what the user started before it
 * arrived is handed over (input/early-gestures.ts).
 */
export class ZoomController implements ReactiveController {
  #element?: Element;
  #gestures?: ZoomGestures;
  #early?: EarlyGestures;
  /** Where the window stands, as the gestures are told (set by sync, before anything listens). */
  #at!: ZoomFrame;
  readonly #onView: (view: View, phase: ZoomPhase) => void;

  constructor(host: ReactiveControllerHost, onView: (view: View, phase: ZoomPhase) => void) {
    this.#onView = onView;
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

  #listen(m: GesturesModule): void {
    this.#gestures = m.zoomGestures(this.#element!, this.#takes, this.#onView);
    this.#gestures.place(this.#at);
    this.#early?.stop(true);
    this.#early = undefined;
  }

  /**
   * In the vertical (article) layout the page scrolls through the story: a plain wheel and a
   * one-finger swipe are the page's, a Ctrl-wheel (also a trackpad's pinch), a two-finger
   * pinch and a mouse drag zoom and pan.
   */
  #takes = (event: Event): boolean => {
    // With Ctrl a wheel zooms anywhere; else a chart across, unless it is a turn of the page's wheel gesture.
    if (event.type === 'wheel') return (event as WheelEvent).ctrlKey || (!this.#at.vertical && event.timeStamp - pageTurn > 1e3);
    if (!this.#at.vertical) return true;
    if (event.type === 'touchstart') return (event as TouchEvent).touches.length >= 2;
    return true;
  };

  /**
   * Listens on `element` (already listening there, it goes on), then tells d3-zoom where the
   * element's view is, drawn in `frame`, without echoing it back as a user change.
   */
  sync(element: Element, base: View, view: View, frame: Frame): void {
    const { length, breadth } = frame;
    this.#at = { base, view, length: Math.max(1, length), breadth: Math.max(1, breadth), vertical: frame.orientation === 'vertical', rail: frame };
    if (this.#element === element) return this.#gestures?.place(this.#at);
    this.detach();
    this.#element = element;
    // Told where the window stands as they begin to listen (#listen).
    if (loaded) this.#listen(loaded);
    else this.#early = new EarlyGestures(element, this.#takes, () => void loadGestures().then((m) => this.#element === element && !this.#gestures && this.#listen(m)));
  }
}
