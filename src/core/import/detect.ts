import { CsvText, readCsv } from './csv.js';
import type { Imported } from './imported.js';
import { isTimelineJs, readTimelineJs } from './timelinejs.js';
import { isVis, readVis } from './vis.js';

/**
 * Recognises the data people already have by its shape, whatever input brought it (the
 * `events` property, `src`, inline JSON): TimelineJS JSON, vis-timeline items, a CSV
 * spreadsheet, else the element's own document, which the validation reads as it is.
 */
export function importData(data: unknown): Imported {
  if (data instanceof CsvText) return readCsv(data);
  if (isTimelineJs(data)) return readTimelineJs(data);
  if (isVis(data)) return readVis(data);
  return { format: 'event-timeline', data, problems: [] };
}
