import { CsvText, readCsv } from './csv.js';
import type { TimelineModel } from '../model.js';
import { parseTimeline } from '../parse.js';
import { finishImport, type Imported, type TimelineFormat } from './imported.js';
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

/** Reads data of any format at once (the element reads large documents in slices instead). */
export function readAnyData(data: unknown, fallbackZone: string): { format: TimelineFormat; model: TimelineModel } {
  const imported = importData(data);
  return { format: imported.format, model: finishImport(parseTimeline(imported.data, fallbackZone), imported) };
}
