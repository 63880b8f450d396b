import { readCsv } from './csv.js';
import type { CsvText } from './csv-text.js';
import { formatOf } from './format-of.js';
import type { Imported } from './imported.js';
import { readTimelineJs } from './timelinejs.js';
import { readVis } from './vis.js';
import type { Raw } from './entries.js';

export { finishImport } from './imported.js';

/**
 * The readers of the data people already have: TimelineJS JSON, vis-timeline items, CSV
 * spreadsheets (with d3-dsv), each turned into the element's own document. The element loads
 * this module only for data of those shapes (see format-of.ts): a page with its own documents
 * never pays for it; `dist/event-timeline.js` loads it as `event-timeline-readers.js` beside it.
 * `finishImport` (imported.ts) comes with them: only their data has rows and field names of
 * its own to put problems in.
 */
export function importData(data: unknown): Imported {
  switch (formatOf(data)) {
    case 'csv':
      return readCsv(data as CsvText);
    case 'timelinejs':
      return readTimelineJs(data as Raw);
    case 'vis':
      return readVis(data);
    default:
      return { format: 'event-timeline', data, problems: [] };
  }
}
