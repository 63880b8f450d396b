import type { Backdrop } from './backdrop.js';
import { axisHeight, type Frame } from './frame.js';
import type { PlacedItem } from './placement.js';
import { groupColour } from './model.js';
import { esc, group, line, rect, tag, text, type Across } from './svg.js';
import type { markBand } from './picture-dates.js';

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

/** A line of text the element placed itself (the title, a group of the legend, the strip of era and reference titles): its box, in px of the picture. */
export interface PlacedText {
  kind: 'title' | 'legend' | 'era' | 'reference';
  text: string;
  /** In the legend: the group's index (from 0) and the centre of its colour swatch, in px of the picture. */
  group?: number;
  swatch?: number;
  /** In the strip: where the title's edge is (its left, or its right). */
  mark?: number;
  /** The line's box: its left and right edges, and its top. */
  x: number;
  end: number;
  y: number;
  height: number;
}

/**
 * Where one item of the plot is drawn, as its layout works it out (px from the plot's corner,
 * mirrored already on a right-to-left phone): what lies under it (the background behind a label,
 * a card), a point's centre, a band's box and its edge's width and corners, and where its label's
 * lines begin (`x`, the first line's `top`) or end (`end`: right-aligned).
 */
export interface ItemSpot {
  under: string;
  at: { cx: number; cy: number };
  box: [x: number, y: number, width: number, height: number];
  edge: number;
  rx: number;
  x: number;
  top: number;
  end: boolean;
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
  /** The chart's top and bottom: a chart of a set height scrolls its plot, under a horizontal axis that stays at its top. */
  chart: [top: number, bottom: number];
  texts: readonly PlacedText[];
  groupIndex: ReadonlyMap<string | undefined, number>;
  selected: string | null;
  locale: string;
  /** A right-to-left page: the vertical layout's rail is on the right, its cards and ticks mirrored (time still runs left to right). */
  rtl?: boolean;
  /** The vertical layout's rail (picture-rail.ts), which comes with that layout: given whenever the frame is vertical. */
  drawRail?: (frame: Frame, m: Across) => string;
  /** Where the vertical layout draws an item's card, marker and lines (picture-rail.ts), which comes with it. */
  cardSpot?: (p: PlacedItem, frame: Frame, m: Across, fill: string) => ItemSpot;
  /** Eras and reference lines (picture-bands.ts), which come with them: given whenever there is a backdrop. The eras' tints alone with `tints`. */
  drawBands?: (backdrop: Backdrop, frame: Frame, theme: PictureTheme, m: Across, tints?: boolean) => string;
  /** The fades and dashes of approximate, uncertain and open-ended bands (picture-dates.ts), which come with such dates. */
  markBand?: typeof markBand;
}

/**
 * A standalone SVG document of what the element draws for one frame: every colour and the font
 * written out, text as text, nothing external, no script. Pure: the element measures where its
 * boxes are and resolves its theme; this writes the file.
 */
export function writePicture(input: PictureInput): string {
  const { theme, frame, width, height } = input;
  let body = rect(0, 0, width, height, 'k');
  for (const t of input.texts) {
    const cy = t.y + t.height / 2;
    // Each line is written from the middle of its box: the same place whichever way its words read
    // (an Arabic title written from its box's left edge as from its start ran off to the right).
    const cx = (t.x + t.end) / 2;
    body +=
      t.kind === 'title'
        ? text(cx, cy, t.text, 'h c')
        : t.kind === 'legend'
          ? // The swatch is 0.8 em of the legend's 0.85 em.
            tag('circle', { cx: t.swatch, cy, r: 0.34 * theme.size, fill: theme.groups[groupColour(t.group ?? 0) - 1] }) + text(cx, cy, t.text, 'l c')
          : rect(t.mark!, t.y, 2, t.height, t.kind === 'era' ? 'w' : 'r') + text(cx, cy, t.text, t.kind === 'era' ? 's c' : 's r c');
  }
  if (frame) {
    if (frame.orientation === 'horizontal') {
      // The horizontal axis: a baseline, and a labelled tick per tick (render-axis.ts).
      const h = axisHeight(frame);
      let axis = line(0, h - 0.5, frame.length, h - 0.5);
      for (const tick of frame.ticks) {
        const x = frame.toPx(tick.at);
        // As render-axis.ts: a date near the far end is written back towards the start (tick.end).
        const end = tick.end;
        // The element writes these on the baseline 12 px above the axis's foot; these texts are centred, 0.3 em higher.
        axis += line(x, h - 7, x, h) + text(x + tick.dx!, h - 12 - theme.size * 0.8 * 0.3, tick.label.replace('\n', ' '), `s${tick.major ? ' t b' : ''}${end ? ' e' : ''}`);
      }
      body += group(input.plot.x, input.axisY, axis);
    }
    // Two nested viewports: the plot's own clips it as the element's does (eras begin a little
    // before the view); around it, the stretch of the chart it shows through, below a horizontal
    // axis (a chart of a set height scrolls its plot under the axis, not over it).
    const vertical = frame.orientation === 'vertical';
    const size = { width: vertical ? frame.breadth : frame.length, height: vertical ? frame.extent : frame.breadth };
    const [chartTop, bottom] = input.chart;
    const top = vertical ? chartTop : input.axisY + axisHeight(frame);
    // The plot: grid, eras and references, group rows or the rail, items and "+N" chips, from the plot's corner.
    const small = theme.size * 0.8;
    const m: Across = (x, width = 0) => (vertical && input.rtl ? frame.breadth - x - width : x);
    let plot = '';
    for (const tick of frame.ticks) {
      const at = frame.toPx(tick.at);
      plot += vertical ? line(0, at, frame.breadth, at, 'g') : line(at, 0, at, frame.breadth, 'g');
    }
    // The eras' edges and reference lines behind the items; the eras' tints over them, last (backdrop.styles.ts).
    const bands = (tints?: boolean) => (input.backdrop && input.drawBands?.(input.backdrop, frame, theme, m, tints)) || '';
    plot += bands();
    if (vertical && input.drawRail) plot += input.drawRail(frame, m);
    else
      frame.placement.rows.forEach((row, i) => {
        // A rule between each two rows (the last, of items without a group, has no heading).
        plot += (i > 0 ? line(0, row.across, frame.length, row.across, 'g') : '') + (row.group ? text(4, row.across + small * 0.7, row.group.label, 's b') : '');
      });
    // The item that holds the tab stop is kept in the element however far from the view (frame.ts),
    // clipped by its plot; a picture has no tab stop and leaves out what lies wholly off its plot.
    // How far the plot runs along time: a horizontal frame's extent is its length.
    const along = frame.extent;
    for (const p of frame.visible) {
      if (!(p.spanEnd >= 0 && p.spanStart <= along)) continue;
      // The marker, label and card of one item, as render-events.ts and the styles draw them.
      const { item } = p;
      const selected = item.id === input.selected;
      const index = input.groupIndex.get(item.group);
      // An item of no group among groups in the muted colour, as the element draws it (filters.styles.ts).
      const fill = selected ? theme.selected : index === undefined ? (input.groupIndex.size ? theme.muted : theme.event) : theme.groups[groupColour(index) - 1]!;
      const L = frame.lineHeight;
      const box = frame.labelOf(item);
      const all = [...box.date, ...box.lines];
      // A label before its marker is right-aligned.
      const before = p.labelAlong + p.labelLength <= p.alongStart + 0.5;
      const spot: ItemSpot =
        vertical && input.cardSpot
          ? input.cardSpot(p, frame, m, fill)
          : {
              // Grid lines pass behind a label, not through its letters (a band's tint is laid over it).
              under: rect(p.labelAlong, p.across, p.labelLength, L * all.length, 'k'),
              at: { cx: (p.alongStart + p.alongEnd) / 2, cy: p.across + L / 2 },
              box: [p.alongStart, p.across, p.alongEnd - p.alongStart, p.breadth],
              edge: 3,
              rx: 3,
              x: before ? p.labelAlong + p.labelLength : p.labelAlong,
              top: p.across,
              end: before,
            };
      plot += spot.under;
      const { at } = spot;
      if (p.kind === 'point') {
        // Uncertain: a dashed ring; else a ring, the background, the colour (border and box-shadow in the styles).
        plot += item.from.certainty
          ? tag('circle', { ...at, r: 5, class: 'k', stroke: fill, 'stroke-width': 2, 'stroke-dasharray': '3 2' })
          : tag('circle', { ...at, r: 6.5, class: 'k', stroke: fill }) + tag('circle', { ...at, r: 4, fill });
      } else {
        const [bx, by, bw, bh] = spot.box;
        const edge = Math.min(bw, spot.edge);
        // The edge on the band's inline start: its right on a right-to-left phone (m(0) is then the plot's breadth; the box is mirrored already).
        const band = rect(bx, by, bw, bh, 'o', { fill, rx: spot.rx }) + rect(m(0) ? bx + bw - edge : bx, by, edge, bh, '', { fill });
        plot += input.markBand?.(item, vertical, spot.box, fill, band) ?? band;
      }
      const anchor = spot.end ? ' e' : '';
      // The date's lines as the layout broke them (a long range on a phone), then the title's; of a
      // card leaving over the top, those below the edge that hides its top (core/article.ts; a
      // card with nothing hidden compares with NaN: every line).
      all.forEach((l, i) => spot.top + L * i < p.labelAlong + p.hidden! || (plot += text(spot.x, spot.top + L * (i + 0.5), l, (i < box.date.length ? 's' : selected ? 'r u' : '') + anchor)));
    }
    for (const c of frame.clusters) {
      const label = `+${c.count}`;
      const chip = small * (1.6 + 0.6 * label.length);
      const [x, y, w, h] = vertical ? [m(c.across, chip), c.alongStart, chip, c.alongEnd - c.alongStart] : [c.alongStart, c.across + 3, c.alongEnd - c.alongStart, frame.laneSize - 6];
      plot += rect(x, y, w, h, 'k', { rx: Math.min(h, w) / 2, stroke: theme.event }) + text(x + w / 2, y + h / 2, label, 's t c');
    }
    plot += bands(true);
    body += tag('svg', { y: top, width, height: bottom - top }, tag('svg', { x: input.plot.x, y: input.plot.y - top, ...size }, plot));
  }
  return tag(
    'svg',
    { xmlns: 'http://www.w3.org/2000/svg', width, height, viewBox: `0 0 ${width} ${height}`, 'xml:lang': input.lang, 'font-family': theme.font, 'font-size': theme.size },
    tag('title', {}, esc(input.name)) +
      tag(
        'style',
        {},
        // The classes: small muted text, text colour, bold, the title, anchors, italic, the selection,
        // fills and strokes. Each text takes the direction of its own words (an Arabic date with a year
        // is in disorder left to right), as the element's do; anchors stay as placed.
        esc(
          `text{dominant-baseline:central;unicode-bidi:plaintext;fill:${theme.text}}line,polyline{stroke:${theme.axis};fill:none}.g{stroke:${theme.grid}}` +
            `.f{stroke:${theme.selected};stroke-width:2;stroke-dasharray:6 4}.v{stroke:${theme.muted};stroke-opacity:.45}` +
            `.s{font-size:.8em;fill:${theme.muted}}.t{fill:${theme.text}}.b{font-weight:600}.h{font-size:1.15em;font-weight:600}.l{font-size:.85em}` +
            `.e{text-anchor:end}.c{text-anchor:middle}.i{font-style:italic}.r{fill:${theme.selected}}.u{text-decoration:underline}` +
            `.k{fill:${theme.background}}.p{fill:${theme.panel}}.o{fill-opacity:${theme.bandOpacity}}.w{fill:${theme.muted};fill-opacity:.45}`,
        ),
      ) +
      body,
  );
}
