import type { Backdrop } from './backdrop.js';
import { CARD_PAD, type Frame } from './frame.js';
import type { PlacedItem } from './placement.js';
import { breakText } from './rail.js';

/** The theme as an SVG file holds it: colours the element resolved (CSS colour strings), and its font. */
export interface PictureTheme {
  font: string;
  /** The font size in px. */
  size: number;
  text: string;
  muted: string;
  background: string;
  axis: string;
  grid: string;
  event: string;
  selected: string;
  panel: string;
  /** The six group colours. */
  groups: readonly string[];
  bandOpacity: number;
}

/** A text the element placed itself (the title, the strip of era and reference titles): its box, in px of the picture. */
export interface PlacedText {
  kind: 'title' | 'era' | 'reference';
  text: string;
  x: number;
  y: number;
  height: number;
}

export interface PictureInput {
  width: number;
  height: number;
  /** The picture's `<title>`: the timeline's accessible name. */
  name: string;
  lang?: string;
  theme: PictureTheme;
  frame?: Frame;
  backdrop?: Backdrop;
  /** Where the plot's top left corner is, and the axis's top (horizontal), in px of the picture. */
  plot: { x: number; y: number };
  axisY: number;
  texts: readonly PlacedText[];
  groupIndex: ReadonlyMap<string, number>;
  selected: string | null;
  locale: string;
}

type Attrs = Record<string, string | number | undefined>;

// XML 1.0 has no place for control characters or lone surrogates: they are left out, the rest escaped.
const esc = (s: string) => s.replace(/[\p{Cc}\p{Cs}\uFFFE\uFFFF]/gu, ' ').replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** One element, its attributes escaped and numbers to hundredths of a pixel. */
function tag(name: string, attrs: Attrs, body = ''): string {
  let out = `<${name}`;
  for (const [key, value] of Object.entries(attrs)) {
    if (value !== undefined) out += ` ${key}="${typeof value === 'number' ? Math.round(value * 100) / 100 : esc(value)}"`;
  }
  return body ? `${out}>${body}</${name}>` : `${out}/>`;
}

const line = (x1: number, y1: number, x2: number, y2: number, stroke: string, more: Attrs = {}) => tag('line', { x1, y1, x2, y2, stroke, ...more });
const rect = (x: number, y: number, width: number, height: number, fill: string, more: Attrs = {}) => tag('rect', { x, y, width, height, fill, ...more });
/** A text centred on `y` (its line's middle), as the element's line boxes centre it. */
const text = (x: number, y: number, content: string, fill: string, more: Attrs = {}) =>
  tag('text', { x, y, fill, 'dominant-baseline': 'central', ...more }, esc(content));
const group = (x: number, y: number, body: string) => tag('g', { transform: `translate(${x} ${y})` }, body);

/** The marker, label and card of one item, as render-events.ts and the styles draw them. */
function item(p: PlacedItem, input: PictureInput, frame: Frame): string {
  const { theme } = input;
  const { item } = p;
  const selected = item.id === input.selected;
  const index = item.group === undefined ? undefined : input.groupIndex.get(item.group);
  const colour = selected ? theme.selected : index === undefined ? theme.event : theme.groups[index % 6]!;
  const vertical = frame.orientation === 'vertical';
  const L = frame.lineHeight;
  const box = frame.labelOf(item);
  let out = '';
  // Where the text starts: a card's padding, or the label beside the marker (right-aligned before it).
  let x = p.labelX;
  let top = p.y;
  let anchor: string | undefined;
  const centre = (p.x0 + p.x1) / 2;
  if (vertical) {
    out += rect(p.y, p.labelX, p.height, p.labelWidth, theme.panel, { rx: 6 }) + rect(p.y, p.labelX, 3, p.labelWidth, colour);
    x = p.y + CARD_PAD.inline / 2 + 2;
    top = p.labelX + CARD_PAD.block / 2;
  } else if (p.labelX + p.labelWidth <= p.x0 + 0.5) {
    anchor = 'end';
    x = p.labelX + p.labelWidth;
  }
  if (item.kind === 'point') {
    const [cx, cy] = vertical ? [frame.rail, centre] : [centre, p.y + L / 2];
    out += item.from.certainty
      ? tag('circle', { cx, cy, r: 5, fill: theme.background, stroke: colour, 'stroke-width': 2, 'stroke-dasharray': '3 2' })
      : tag('circle', { cx, cy, r: 6.5, fill: theme.background, stroke: colour }) + tag('circle', { cx, cy, r: 4, fill: colour });
    // Grid lines pass behind a point's label, not through its letters.
    if (!vertical) out += rect(p.labelX, p.y, p.labelWidth, L * (box.lines.length + 1), theme.background);
  } else if (vertical) {
    const bx = frame.rail - 3 + Math.min(p.markerLane ?? 0, 2) * 7;
    out += rect(bx, p.x0, 6, p.x1 - p.x0, colour, { 'fill-opacity': theme.bandOpacity }) + rect(bx, p.x0, 6, 3, colour) + rect(bx, p.x0, 2, p.x1 - p.x0, colour);
  } else {
    const w = p.x1 - p.x0;
    out += rect(p.x0, p.y, w, p.height, colour, { rx: 3, 'fill-opacity': theme.bandOpacity }) + rect(p.x0, p.y, Math.min(3, w), p.height, colour);
  }
  out += text(x, top + L / 2, box.date, theme.muted, { 'font-size': theme.size * 0.8, 'text-anchor': anchor });
  const title = selected ? { 'text-decoration': 'underline', 'text-anchor': anchor } : { 'text-anchor': anchor };
  box.lines.forEach((l, i) => (out += text(x, top + L * (i + 1.5), l, selected ? theme.selected : theme.text, title)));
  return out;
}

/** The horizontal axis: a baseline, and a labelled tick per tick (render-axis.ts). */
function axis(frame: Frame, theme: PictureTheme): string {
  let out = line(0, 29.5, frame.length, 29.5, theme.axis);
  for (const tick of frame.ticks) {
    const x = frame.toPx(tick.at);
    const end = x > frame.length - 56;
    out += line(x, 23, x, 30, theme.axis);
    out += tag(
      'text',
      { x: end ? x - 3 : x + 3, y: 18, 'text-anchor': end ? 'end' : undefined, 'font-size': theme.size * 0.8, fill: tick.major ? theme.text : theme.muted, 'font-weight': tick.major ? 600 : undefined },
      esc(tick.label),
    );
  }
  return out;
}

/** The vertical layout's rail: its line, ticks with their labels before it, breaks and leader lines (render-article.ts). */
function rail(frame: Frame, theme: PictureTheme, locale: string): string {
  const r = frame.rail;
  const small = theme.size * 0.8;
  let out = line(r - 0.5, 0, r - 0.5, frame.length, theme.axis);
  for (const tick of frame.ticks) {
    const y = frame.toPx(tick.at);
    out += line(r - 7, y, r, y, theme.axis);
    out += text(r - 10, y, tick.label, tick.major ? theme.text : theme.muted, { 'text-anchor': 'end', 'font-size': small, 'font-weight': tick.major ? 600 : undefined });
  }
  for (const b of frame.breaks) {
    const size = b.to - b.from;
    const teeth = Math.max(2, Math.round(size / 8));
    const points = Array.from({ length: teeth + 1 }, (_, i) => `${i === 0 || i === teeth ? 6 : i % 2 ? 1 : 11},${((i * size) / teeth).toFixed(1)}`).join(' ');
    out += rect(r - 5.5, b.from, 12, size, theme.background);
    out += group(r - 5.5, b.from, tag('polyline', { points, fill: 'none', stroke: theme.axis, 'stroke-width': 1.5 }));
    out += text(r - 9.5, b.from + size / 2, breakText(b.end - b.start, locale), theme.muted, { 'text-anchor': 'end', 'font-size': small, 'font-style': 'italic' });
  }
  for (const p of frame.visible) {
    const at = p.item.kind === 'point' ? (p.x0 + p.x1) / 2 : Math.max(0, p.x0) + 1;
    out += line(r, at, p.y, p.labelX + CARD_PAD.block / 2 + frame.lineHeight / 2, theme.axis);
  }
  return out;
}

/** Eras as tinted bands, reference lines dashed (render-backdrop.ts). */
function bands(backdrop: Backdrop, frame: Frame, theme: PictureTheme): string {
  const vertical = frame.orientation === 'vertical';
  let out = '';
  backdrop.eras.forEach((e, i) => {
    const row = vertical || e.era.group === undefined ? undefined : frame.placement.rows.find((r) => r.group?.id === e.era.group);
    const [y, h] = row ? [row.y, row.height] : [0, frame.breadth];
    const tint = { 'fill-opacity': [0.12, 0.07, 0.08][i % 3] };
    const fill = i % 3 === 2 ? theme.event : theme.muted;
    const edge = { 'stroke-opacity': 0.45 };
    out += vertical
      ? rect(0, e.from, frame.breadth, e.to - e.from, fill, tint) + line(0, e.from, frame.breadth, e.from, theme.muted, edge)
      : rect(e.from, y, e.to - e.from, h, fill, tint) + line(e.from, y, e.from, y + h, theme.muted, edge);
  });
  const dashed = { 'stroke-width': 2, 'stroke-dasharray': '6 4' };
  for (const r of backdrop.references) {
    out += vertical ? line(0, r.at, frame.breadth, r.at, theme.selected, dashed) : line(r.at, 0, r.at, frame.breadth, theme.selected, dashed);
  }
  return out;
}

/** The plot: grid, eras and references, group rows, rail, items and "+N" chips, from the plot's corner. */
function plot(input: PictureInput, frame: Frame): string {
  const { theme } = input;
  const vertical = frame.orientation === 'vertical';
  const small = theme.size * 0.8;
  let out = '';
  for (const tick of frame.ticks) {
    const at = frame.toPx(tick.at);
    out += vertical ? line(0, at, frame.breadth, at, theme.grid) : line(at, 0, at, frame.breadth, theme.grid);
  }
  if (input.backdrop) out += bands(input.backdrop, frame, theme);
  if (vertical) out += rail(frame, theme, input.locale);
  else
    frame.placement.rows.forEach((row, i) => {
      if (!row.group) return;
      if (i > 0) out += line(0, row.y, frame.length, row.y, theme.grid);
      out += text(4, row.y + small * 0.7, row.group.label, theme.muted, { 'font-size': small, 'font-weight': 600 });
    });
  for (const p of frame.visible) out += item(p, input, frame);
  for (const c of frame.clusters) {
    const label = `+${c.count}`;
    const [x, y, w, h] = vertical
      ? [c.y, c.x0, small * (1.6 + 0.6 * label.length), c.x1 - c.x0]
      : [c.x0, c.y + 3, c.x1 - c.x0, frame.laneSize - 6];
    out += rect(x, y, w, h, theme.background, { rx: Math.min(h, w) / 2, stroke: theme.event });
    out += text(x + w / 2, y + h / 2, label, theme.text, { 'text-anchor': 'middle', 'font-size': small });
  }
  return out;
}

/**
 * A standalone SVG document of what the element draws for one frame: every colour and the font
 * written out, text as text, nothing external, no script. Pure: the element measures where its
 * boxes are and resolves its theme; this writes the file.
 */
export function writePicture(input: PictureInput): string {
  const { theme, frame } = input;
  let body = rect(0, 0, input.width, input.height, theme.background);
  for (const t of input.texts) {
    const title = t.kind === 'title';
    const fill = t.kind === 'reference' ? theme.selected : title ? theme.text : theme.muted;
    if (!title) body += rect(t.x, t.y, 2, t.height, t.kind === 'era' ? theme.muted : fill, { 'fill-opacity': t.kind === 'era' ? 0.45 : undefined });
    body += text(title ? t.x : t.x + 6, t.y + t.height / 2, t.text, fill, title ? { 'font-size': theme.size * 1.15, 'font-weight': 600 } : { 'font-size': theme.size * 0.8 });
  }
  if (frame) {
    if (frame.orientation === 'horizontal') body += group(input.plot.x, input.axisY, axis(frame, theme));
    body += group(input.plot.x, input.plot.y, plot(input, frame));
  }
  const { width, height } = input;
  return tag(
    'svg',
    { xmlns: 'http://www.w3.org/2000/svg', width, height, viewBox: `0 0 ${width} ${height}`, 'xml:lang': input.lang, 'font-family': theme.font, 'font-size': theme.size },
    tag('title', {}, esc(input.name)) + body,
  );
}
