import type { TimelineModel } from '../model.js';
import { parseTimeline } from '../parse.js';
import { finishImport, type TimelineFormat } from './imported.js';
import { importData } from './readers.js';

/** Reads data of any format at once, as the element does (it reads large documents in slices instead). */
export function readAnyData(data: unknown, fallbackZone: string): { format: TimelineFormat; model: TimelineModel } {
  const imported = importData(data);
  return { format: imported.format, model: finishImport(parseTimeline(imported.data, fallbackZone), imported) };
}
