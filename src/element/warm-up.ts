import { render } from 'lit';
import { fitDomain } from '../core/domain.js';
import { computeFrame } from '../core/frame.js';
import { messagesFor } from '../core/messages.js';
import { parseTimeline } from '../core/parse.js';
import { viewerZone, zoneNamed } from '../core/zones.js';
import { EventNames } from './event-names.js';
import { renderChart } from './render-chart.js';
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

/** The steps of a rehearsal, each short enough for one idle period. */
export function* rehearsal(): Generator<void, void, void> {
  // The locale an element without a `locale` attribute would use.
  const locale = document.documentElement.lang || navigator.language || 'en';
  const zone = viewerZone();
  // The first use of Intl in a page loads its locale data: a step of its own.
  zoneNamed(zone).offset(Date.now());
  yield;
  const model = parseTimeline(sample(), zone);
  const view = fitDomain(model.items);
  if (!view) return;
  yield;
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
  yield;
  const messages = messagesFor(locale);
  const names = new EventNames(() => ({ locale, zone, messages }));
  for (const p of frame.visible) names.name(p.item);
  for (const c of frame.clusters) names.cluster(c);
  yield;
  const ignore = () => {};
  render(
    renderChart({
      frame,
      selected: null,
      focusId: null,
      lang: undefined,
      listLabel: messages.timeline,
      groupIndex: new Map(),
      describe: (p) => names.name(p.item),
      messages,
      name: messages.timeline,
      chartRef: ignore,
      onZoom: ignore,
      onClick: ignore,
      onFocusIn: ignore,
      describeCluster: (c) => names.cluster(c),
      onOpenCluster: ignore,
    }),
    document.createElement('div'),
  );
}

/**
 * Once per page, in idle time after the module loads, a rehearsal: a small sample read, laid
 * out, named and rendered the way a first render does it, into an element that never joins
 * the document. Data usually arrives later (a `src` in flight, a framework about to set
 * `events`); the first real render then finds its code compiled, Lit's templates prepared and
 * the date formats loaded, which in a fresh page is a good part of its time. A few ms of idle
 * time; nothing in the page changes.
 */
export function rehearseWhenIdle(): void {
  if (scheduled || typeof window === 'undefined') return;
  scheduled = true;
  const steps = rehearsal();
  // Once a real timeline has drawn, there is nothing left to prepare.
  let done = false;
  document.addEventListener('timeline-load', () => (done = true), { once: true });
  const later = (step: (deadline?: IdleDeadline) => void) =>
    typeof requestIdleCallback === 'function' ? requestIdleCallback(step, { timeout: 2000 }) : setTimeout(step, 100);
  const next = (deadline?: IdleDeadline) => {
    // As many steps as the idle period has room for (each takes up to a few tens of ms).
    do {
      if (done || steps.next().done) return;
    } while (deadline !== undefined && deadline.timeRemaining() > 30);
    later(next);
  };
  later(next);
}
