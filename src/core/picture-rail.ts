import { CARD_PAD, type Frame } from './frame.js';
import { BREAK_LINE, firstLineAt, TICK_LABEL_HALF, tickLabelSide, wholeOnRail, zigzag } from './rail-labels.js';
import type { ItemSpot } from './picture.js';
import type { PlacedItem } from './placement.js';
import { group, line, rect, tag, text, type Across } from './svg.js';

/** The vertical layout's rail: its line, ticks with their labels before it, breaks and leader lines (render-article.ts). */
export function railPicture(frame: Frame, m: Across): string {
  const r = frame.rail;
  // Tick labels and break lengths end at the rail: their anchor is the end, or the start right to left.
  const end = m(0) > 0 ? '' : ' e';
  let out = line(m(r - 0.5), 0, m(r - 0.5), frame.length);
  const half = TICK_LABEL_HALF * frame.lineHeight;
  for (const tick of frame.ticks) {
    const y = frame.toPx(tick.at);
    const lines = tick.label.split('\n');
    const centre = firstLineAt(y, tickLabelSide(y, frame.length, half, lines.length, frame.breaks), half, lines.length);
    out += line(m(r - 7), y, m(r), y);
    // A day above its time: as the element's label box, its first line where a label of one line would be.
    lines.forEach((label, i) => (out += text(m(r - 10), centre + 2 * half * i, label, `s${end}${tick.major ? ' t b' : ''}`)));
  }
  for (const b of frame.breaks) {
    const size = b.to - b.from;
    const zig = tag('polyline', { points: zigzag(size), 'stroke-width': 1.5 });
    const whole = wholeOnRail(b, frame.length);
    const x = m(r - 5.5, 12);
    // One at an end of the view: its part on the rail, in a viewport of its own that cuts it there (as the element's box does).
    const from = Math.max(0, b.from);
    const shown = Math.min(frame.length, b.to) - from;
    const round = (n: number) => Math.round(n * 100) / 100;
    out += whole ? rect(x, b.from, 12, size, 'k') + group(x, b.from, zig) : tag('svg', { x, y: from, width: 12, height: shown, viewBox: `0 ${round(from - b.from)} 12 ${round(shown)}` }, rect(0, 0, 12, size, 'k') + zig);
    const lines = b.label ?? [];
    lines.forEach((label, i) => (out += text(m(r - 9.5), b.from + size / 2 + (i - (lines.length - 1) / 2) * BREAK_LINE * frame.lineHeight, label, `s i${end}`)));
  }
  for (const p of frame.visible) {
    out += line(m(r), p.kind === 'point' ? (p.alongStart + p.alongEnd) / 2 : Math.max(0, p.alongStart) + 1, m(p.across), p.labelAlong + CARD_PAD.block / 2 + frame.lineHeight / 2);
  }
  return out;
}

/**
 * Where an item of the vertical layout is drawn (picture.ts draws it there): its card, the colour
 * bar at the card's inline start, its marker on the rail (a band in its lane of three beside it),
 * its lines inside the card's padding, from the right right to left.
 */
export function cardSpot(p: PlacedItem, frame: Frame, m: Across, fill: string): ItemSpot {
  const bandX = frame.rail - 3 + Math.min(p.markerLane ?? 0, 2) * 7;
  // A card leaving over the top shows what is below the edge that hides its top (core/article.ts).
  const hidden = p.hidden ?? 0;
  const [top, length] = [p.labelAlong + hidden, p.labelLength - hidden];
  return {
    under: rect(m(p.across, p.breadth), top, p.breadth, length, 'p', { rx: 6 }) + rect(m(p.across, 3), top, 3, length, '', { fill }),
    at: { cx: m(frame.rail), cy: (p.alongStart + p.alongEnd) / 2 },
    box: [m(bandX, 6), p.alongStart, 6, p.alongEnd - p.alongStart],
    edge: 2,
    rx: 0,
    x: m(p.across + CARD_PAD.inline / 2 + 2),
    top: p.labelAlong + CARD_PAD.block / 2,
    end: m(0) > 0,
  };
}

