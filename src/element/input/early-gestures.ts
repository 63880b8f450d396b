/** The input that starts a gesture; d3-zoom listens for the same. */
const STARTS = ['wheel', 'mousedown', 'touchstart'] as const;
/** What ends a press before the gestures arrive: it is not handed over then. */
const ENDS = ['mouseup', 'touchend', 'touchcancel'] as const;

/**
 * Holds the gestures' place until their code has arrived (see ZoomController): the first sign
 * of a pointer over the chart (`pointerover`, or a wheel turn, a press or a touch) asks for
 * it, and what the user started meanwhile is handed to it once it listens. Wheel turns are
 * kept in order (the page does not scroll for those the gestures will take); a press or touch
 * still held is given again, so a drag or pinch that began a moment early still moves the view.
 */
export class EarlyGestures {
  #wheels: WheelEvent[] = [];
  #press?: MouseEvent | TouchEvent;

  readonly #element: Element;
  readonly #takes: (event: Event) => boolean;
  readonly #wanted: () => void;

  constructor(element: Element, takes: (event: Event) => boolean, wanted: () => void) {
    this.#element = element;
    this.#takes = takes;
    this.#wanted = wanted;
    element.addEventListener('pointerover', wanted);
    for (const type of STARTS) element.addEventListener(type, this.#start, { passive: false });
    for (const type of ENDS) window.addEventListener(type, this.#end, true);
  }

  #start = (e: Event): void => {
    this.#wanted();
    if (!this.#takes(e)) return;
    if (e instanceof WheelEvent) {
      e.preventDefault();
      this.#wheels.push(e);
    } else if (!(e instanceof MouseEvent) || e.button === 0) {
      this.#press = e as MouseEvent | TouchEvent;
      // A held press selects no text, as a drag d3-zoom has does not (a listener for selectstart
      // on the window would not hear it: the event stays inside the shadow root).
      (this.#element as HTMLElement).style.userSelect = 'none';
    }
  };

  #end = (): void => {
    this.#press = undefined;
    (this.#element as HTMLElement).style.userSelect = '';
  };

  /** Stops listening; with `replay`, gives what was held to the gestures now listening. */
  stop(replay: boolean): void {
    this.#element.removeEventListener('pointerover', this.#wanted);
    for (const type of STARTS) this.#element.removeEventListener(type, this.#start);
    for (const type of ENDS) window.removeEventListener(type, this.#end, true);
    const held = [...this.#wheels, ...(this.#press ? [this.#press] : [])];
    this.#end();
    this.#wheels = [];
    if (!replay) return;
    // An event whose dispatch has ended can be dispatched again (untrusted then, which d3-zoom
    // does not mind), with its coordinates and touches as they were: at the chart, which d3-zoom
    // listens on (a press on a chip's button is then taken as the chart's, a drag that began there).
    for (const e of held) this.#element.dispatchEvent(e);
  }
}
