import { fitDomain } from '../core/domain.js';
import { formatWhen } from '../core/format.js';
import { computeFrame } from '../core/frame.js';
import { parseTimeline } from '../core/parse.js';
import { viewerZone } from '../core/zones.js';
import { TextMeasure } from './text-measure.js';

const SAMPLE_SIZE = 240;
const DAY = 86_400_000;
let scheduled = false;

/** A small made-up year of events in the forms documents use: days, minutes with Z, ranges. */
function sample(): unknown[] {
  const first = Date.UTC(2020, 0, 1);
  return Array.from({ length: SAMPLE_SIZE }, (_, i) => {
    const at = new Date(first + ((i * 7919) % 366) * DAY + (i % 24) * 3_600_000).toISOString();
    const title = `Sample ${i}`;
    if (i % 4 === 0) return { id: `w${i}`, title, start: at.slice(0, 10), end: new Date(Date.parse(at) + (i % 30) * DAY).toISOString().slice(0, 10) };
    return { id: `w${i}`, title, date: i % 2 ? at.slice(0, 10) : `${at.slice(0, 16)}Z` };
  });
}

/** Reads, lays out and names the sample, in the viewer's locale and zone; keeps nothing. */
function rehearse(): void {
  const locale = navigator.language || 'en';
  const zone = viewerZone();
  const model = parseTimeline(sample(), zone);
  const view = fitDomain(model.items);
  if (!view) return;
  const measure = new TextMeasure();
  const frame = computeFrame({
    items: model.items,
    groups: model.groups,
    view,
    orientation: 'horizontal',
    width: 1000,
    labelWidth: measure.labelWidths(model.items, '14px system-ui, sans-serif', 224),
    maxLabelWidth: 224,
    lineHeight: 21,
    gutter: 0,
    fittedSpan: view[1] - view[0],
    locale,
    zone,
    keepId: null,
  });
  for (const p of frame.visible.slice(0, 40)) formatWhen(p.item.from, p.item.to, locale, zone);
}

/**
 * Once per page, in idle time after the module loads, a rehearsal: a small sample read, laid
 * out and named the way a first render does it. Data usually arrives later (a `src` in flight,
 * a framework about to set `events`); the first real render then finds its code compiled and
 * the date formats loaded, which in a fresh page is about half of its time. A few ms of idle
 * time, no DOM.
 */
export function rehearseWhenIdle(): void {
  if (scheduled || typeof window === 'undefined') return;
  scheduled = true;
  if (typeof requestIdleCallback === 'function') requestIdleCallback(rehearse, { timeout: 2000 });
  else setTimeout(rehearse, 100);
}
