import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { errorMessage } from '../../core/error-message.js';

export type LoadState =
  | { status: 'idle' }
  | { status: 'loading'; url: string }
  | { status: 'loaded'; url: string; data: unknown }
  | { status: 'failed'; url: string; message: string };

/**
 * Fetches the `src` document. A new URL aborts the request in flight and only the latest
 * request may change the state, so a slow, stale reply never wins. Disconnecting aborts too.
 * The reply is read by support/read-response.ts, loaded on demand with the first request.
 */
export class SourceLoader implements ReactiveController {
  state: LoadState = { status: 'idle' };
  #request?: AbortController;
  #connected?: boolean;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    this.#connected = true;
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.cancel();
  }

  cancel(): void {
    this.#request?.abort();
    this.#request = undefined;
    if (this.state.status === 'loading') this.state = { status: 'idle' };
  }

  load(url: string): void {
    // Lit still runs an update that was pending when the element was removed; a request
    // started then would never be aborted. Connecting again loads.
    if (!this.#connected) return;
    // Connecting and the first update both ask for the same URL; one request is enough.
    if (this.#request && this.state.status === 'loading' && this.state.url === url) return;
    this.#request?.abort();
    const request = new AbortController();
    this.#request = request;
    this.state = { status: 'loading', url };
    this.host.requestUpdate();
    // Fetched and read: the reply's reader comes while the request is under way, so a page without `src` never downloads it.
    void (async (): Promise<LoadState> => {
      try {
        const [response, read] = await Promise.all([
          fetch(url, { signal: request.signal, headers: { Accept: 'application/json, text/csv;q=0.9' } }),
          import('../support/read-response.js'),
        ]);
        return await read.readResponse(url, response);
      } catch (e) {
        return { status: 'failed', url, message: `The address could not be reached (${errorMessage(e)}).` };
      }
    })().then((state) => {
      if (this.#request !== request) return;
      this.#request = undefined;
      this.state = state;
      this.host.requestUpdate();
    });
  }
}
