import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Keeps the host's content width and font and asks for an update whenever either changes. */
export class ResizeController implements ReactiveController {
  width = 0;
  /** The host's font when last measured or resized: labels are measured in it. */
  font = '';
  #observer?: ResizeObserver;
  /** The frame asked for (unset at first: cancelling it cancels nothing, as 0 would). */
  #frame?: number;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.#observer = new ResizeObserver((entries) => {
      // Only the width is laid out to: the height follows the content (a vertical layout's grows
      // and shrinks at every step of a moving window), and an update for it would change nothing.
      const box = entries.at(-1)?.contentRect;
      // A new font size (the page's --timeline-font-size, a larger text setting) resizes the
      // element too (its 2 em buttons); read here, where the styles are up to date anyway.
      const font = getComputedStyle(this.host).font;
      const same = font === this.font;
      this.font = font;
      if (!box || (box.width === this.width && same)) return;
      this.width = box.width;
      // Rendering inside the observer's delivery would resize again in the same frame (a loop).
      cancelAnimationFrame(this.#frame!);
      this.#frame = requestAnimationFrame(() => this.host.requestUpdate());
    });
    this.#observer.observe(this.host);
  }

  hostDisconnected(): void {
    // (The next connection makes a new one.)
    this.#observer?.disconnect();
    cancelAnimationFrame(this.#frame!);
  }

  /** The width now, measured (and the font read) if the observer has not reported yet (first render). */
  measure(): number {
    if (this.width === 0) {
      this.width = this.host.clientWidth;
      this.font = getComputedStyle(this.host).font;
    }
    return this.width;
  }
}
