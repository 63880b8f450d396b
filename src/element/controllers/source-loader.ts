import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { errorMessage } from '../../core/error-message.js';
import { CsvText } from '../../core/import/format-of.js';
import { LIMITS, parseJsonText, TimelineDataError, tooLargeError } from '../../core/parse.js';

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
  #connected = false;

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
    void this.#fetch(url, request).then((state) => {
      if (this.#request !== request) return;
      this.#request = undefined;
      this.state = state;
      this.host.requestUpdate();
    });
  }

  async #fetch(url: string, request: AbortController): Promise<LoadState> {
    try {
      const response = await fetch(url, { signal: request.signal, headers: { Accept: 'application/json, text/csv;q=0.9' } });
      if (!response.ok) {
        return { status: 'failed', url, message: `The server answered ${response.status} ${response.statusText}`.trim() + '.' };
      }
      const text = await readCapped(response);
      return { status: 'loaded', url, data: isCsv(url, response) ? new CsvText(text) : parseJsonText(text) };
    } catch (e) {
      if (e instanceof TimelineDataError) return { status: 'failed', url, message: e.message };
      return { status: 'failed', url, message: `The address could not be reached (${errorMessage(e)}).` };
    }
  }
}

/** A spreadsheet: the server says `text/csv`, or the address names a `.csv` file. */
function isCsv(url: string, response: Response): boolean {
  if (/^text\/csv\b/i.test(response.headers.get('Content-Type') ?? '')) return true;
  return /\.csv$/i.test(new URL(url, document.baseURI).pathname);
}

/**
 * The body as text, refused as soon as it is known to be over the size limit: from
 * Content-Length before reading, else while streaming, so a huge body never fills memory.
 */
async function readCapped(response: Response): Promise<string> {
  const declared = Number(response.headers.get('Content-Length') ?? 0);
  if (declared > LIMITS.maxTextLength) {
    void response.body?.cancel();
    throw tooLargeError();
  }
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (bytes > LIMITS.maxTextLength) {
      void reader.cancel();
      throw tooLargeError();
    }
    parts.push(decoder.decode(value, { stream: true }));
  }
  parts.push(decoder.decode());
  return parts.join('');
}
