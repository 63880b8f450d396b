import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { parseJsonText, TimelineDataError } from '../core/parse.js';

export type LoadState =
  | { status: 'idle' }
  | { status: 'loading'; url: string }
  | { status: 'loaded'; url: string; data: unknown }
  | { status: 'failed'; url: string; message: string };

/**
 * Fetches the `src` document. A new URL aborts the request in flight and only the latest
 * request may change the state, so a slow, stale reply never wins. Disconnecting aborts too.
 */
export class SourceLoader implements ReactiveController {
  state: LoadState = { status: 'idle' };
  #request?: AbortController;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.cancel();
  }

  cancel(): void {
    this.#request?.abort();
    this.#request = undefined;
    if (this.state.status === 'loading') this.state = { status: 'idle' };
  }

  load(url: string): void {
    this.#request?.abort();
    const request = new AbortController();
    this.#request = request;
    this.state = { status: 'loading', url };
    this.host.requestUpdate();
    void this.#fetch(url, request).then((state) => {
      if (this.#request !== request) return;
      this.#request = undefined;
      this.state = state;
      this.host.requestUpdate();
    });
  }

  async #fetch(url: string, request: AbortController): Promise<LoadState> {
    try {
      const response = await fetch(url, { signal: request.signal, headers: { Accept: 'application/json' } });
      if (!response.ok) {
        return { status: 'failed', url, message: `The server answered ${response.status} ${response.statusText}`.trim() + '.' };
      }
      const text = await response.text();
      return { status: 'loaded', url, data: parseJsonText(text) };
    } catch (e) {
      if (e instanceof TimelineDataError) return { status: 'failed', url, message: e.message };
      return { status: 'failed', url, message: `The address could not be reached (${(e as Error).message}).` };
    }
  }
}
