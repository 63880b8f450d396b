import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Whether the element is laid out for print (the host's custom state `printing`, which the print
 * styles select): from `beforeprint` to `afterprint`, and whenever print media applies (emulated
 * print, a preview that reports it). The list of every item is drawn only then, so that an
 * ordinary render never pays for thousands of entries.
 *
 * `beforeprint` is the last moment before the browser lays the page out for paper, and nothing
 * asynchronous runs in between: the element's update is flushed synchronously there.
 */
export class PrintController implements ReactiveController {
  /** Whether this update draws the print list. */
  printing = false;
  #media?: MediaQueryList;
  /** Between `beforeprint` and `afterprint`: printing even where print media is not (yet) reported. */
  #printEvent?: boolean;
  readonly #internals: ElementInternals;
  /** Runs the pending update now (the element's `performUpdate`). */
  readonly #flush: () => void;

  constructor(
    private readonly host: ReactiveControllerHost,
    internals: ElementInternals,
    flush: () => void,
  ) {
    this.#internals = internals;
    this.#flush = flush;
    host.addController(this);
  }

  hostConnected(): void {
    this.#media = matchMedia('print');
    this.#media.addEventListener('change', this.#check);
    addEventListener('beforeprint', this.#before);
    addEventListener('afterprint', this.#after);
    this.#check();
  }

  hostDisconnected(): void {
    this.#media?.removeEventListener('change', this.#check);
    removeEventListener('beforeprint', this.#before);
    removeEventListener('afterprint', this.#after);
    // An afterprint while away is never heard.
    this.#printEvent = false;
  }

  #before = (): void => {
    this.#printEvent = true;
    if (this.#check()) this.#flush();
  };

  #after = (): void => {
    this.#printEvent = false;
    this.#check();
  };

  /** Asks for an update when the state changed; says whether it did. */
  #check = (): boolean => {
    const printing = this.#printEvent || !!this.#media?.matches;
    if (printing === this.printing) return false;
    this.printing = printing;
    if (printing) this.#internals.states.add('printing');
    else this.#internals.states.delete('printing');
    this.host.requestUpdate();
    return true;
  };
}
