import { CSV } from './format-of.js';

/**
 * The text of a spreadsheet (a `src` answering text/csv), kept apart from JSON text. A module
 * of its own: only the reply's reader (support/read-response.ts, loaded on demand) makes one,
 * so the main file does not carry the class; formatOf knows it by its symbol.
 */
export class CsvText {
  readonly [CSV] = true;
  constructor(readonly text: string) {}
}
