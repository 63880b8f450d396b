import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Counts the times the page's web fonts finish loading. Labels are broken into lines from
 * measured widths; a font that arrives after the first picture changes those widths, so the
 * element measures and lays out again (a new `generation` is part of what a layout is made from).
 */
export class FontWatch implements ReactiveController {
  generation = 0;

  readonly #host: ReactiveControllerHost;
  readonly #onLoaded: () => void;

  constructor(host: ReactiveControllerHost, onLoaded: () => void) {
    this.#host = host;
    this.#onLoaded = onLoaded;
    host.addController(this);
  }

  #loaded = (): void => {
    this.generation++;
    this.#onLoaded();
    this.#host.requestUpdate();
  };

  hostConnected(): void {
    document.fonts?.addEventListener('loadingdone', this.#loaded);
  }

  hostDisconnected(): void {
    document.fonts?.removeEventListener('loadingdone', this.#loaded);
  }
}
