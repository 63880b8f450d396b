import type { TimelineItem } from './model.js';
import { rect, tag } from './svg.js';

/** Masks made so far: each band's has an id of its own in the page (pictures may be inlined side by side). */
let made = 0;

/** How far an approximate or uncertain band's ends fade, in px, as dates.styles.ts fades them. */
const FADE_PX = 12;

/**
 * An approximate, uncertain or open-ended band (`band`: its tint and edge, at `box` in the
 * picture) as the element draws it (dates.styles.ts, article.styles.ts): an open range fading out
 * where it goes on, or in where its start is unknown; an approximate or uncertain one fading at
 * both ends (a range with one end exact at the other end only), with a dashed outline. The
 * fades are masks along time: left to right, or down the rail. It comes with the words of such
 * dates (parts/dates.ts), which the element loads before it draws one; an exact, closed band is
 * returned as it is.
 */
export function markBand(item: TimelineItem, vertical: boolean, box: readonly [x: number, y: number, width: number, height: number], fill: string, band: string): string {
  const certainty = item.from.certainty ?? item.to?.certainty;
  if (!certainty && !item.open) return band;
  const [x, y, width, height] = box;
  const length = vertical ? height : width;
  const fade = Math.min(0.5, FADE_PX / Math.max(length, 1));
  // Offsets along time and how much shows there. An open end wins over a qualifier, as in the
  // styles; of a range with one end exact, only the other end fades (date-marks.ts).
  const sure = item.to && !item.from.certainty !== !item.to.certainty ? (item.from.certainty ? 'end' : 'start') : undefined;
  const stops: [number, number][] =
    item.open === 'end'
      ? [[0.55, 1], [1, 0]]
      : item.open === 'start'
        ? [[0, 0], [0.45, 1]]
        : [...(sure === 'start' ? [[0, 1]] : [[0, 0], [fade, 1]]), ...(sure === 'end' ? [[1, 1]] : [[1 - fade, 1], [1, 0]])] as [number, number][];
  const id = `timeline-fade-${++made}`;
  const gradient = tag(
    'linearGradient',
    { id: `${id}-g`, gradientUnits: 'userSpaceOnUse', x1: x, y1: y, x2: vertical ? x : x + width, y2: vertical ? y + height : y },
    stops.map(([offset, shown]) => tag('stop', { offset, 'stop-color': '#fff', 'stop-opacity': shown })).join(''),
  );
  const mask = tag('mask', { id, maskUnits: 'userSpaceOnUse', x, y, width, height }, rect(x, y, width, height, '', { fill: `url(#${id}-g)` }));
  // Dashed, as its edge and outline are on screen.
  const outline = certainty ? rect(x + 0.5, y + 0.5, Math.max(0, width - 1), Math.max(0, height - 1), '', { fill: 'none', stroke: fill, 'stroke-dasharray': '3 2' }) : '';
  return tag('defs', {}, gradient + mask) + tag('g', { mask: `url(#${id})` }, band + outline);
}
