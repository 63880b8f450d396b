import { CsvText } from '../../core/import/csv-text.js';
import { LIMITS, notADocumentError, parseJsonText, TimelineDataError, tooLargeError } from '../../core/parse.js';
import type { LoadState } from '../controllers/source-loader.js';

/**
 * The reply to the `src` request as the loader's state (controllers/source-loader.ts): a CSV
 * file's text, or the JSON read; a failure says why in a sentence. Loaded on demand with the
 * first request (dist/event-timeline-read-response.js): a page without `src` never downloads it.
 */
export async function readResponse(url: string, response: Response): Promise<LoadState> {
  try {
    if (!response.ok) {
      return { status: 'failed', url, message: `The server answered ${response.status} ${response.statusText}`.trim() + '.' };
    }
    const text = await readCapped(response);
    if (isCsv(url, response)) return { status: 'loaded', url, data: new CsvText(text) };
    const data = parseJsonText(text);
    // A JSON string is not a document: handed on, it would be read as JSON text a second time.
    if (typeof data === 'string') throw notADocumentError();
    return { status: 'loaded', url, data };
  } catch (e) {
    // Anything else (the connection lost while reading) the loader words.
    if (e instanceof TimelineDataError) return { status: 'failed', url, message: e.message };
    throw e;
  }
}

/**
 * A spreadsheet: the server says so (`text/csv`, or the other types servers send CSV and TSV
 * files as, Excel's among them), or the address names a `.csv` or `.tsv` file.
 */
function isCsv(url: string, response: Response): boolean {
  if (/^(?:text\/(?:csv|comma-separated-values|tab-separated-values)|application\/(?:csv|vnd\.ms-excel))\b/i.test(response.headers.get('Content-Type') ?? '')) return true;
  return /\.[ct]sv$/i.test(new URL(url, document.baseURI).pathname);
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
