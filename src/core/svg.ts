/**
 * Writing SVG as text for the picture files (picture.ts, and the pieces that come with the parts
 * of the drawing: picture-rail.ts, picture-bands.ts): elements with escaped attributes, and the
 * shapes they are drawn with.
 */

/** Across the vertical plot, a box `width` px wide at `x` from the inline start, as a px from the left. */
export type Across = (x: number, width?: number) => number;

export type Attrs = Record<string, string | number | undefined>;

// XML 1.0 has no place for control characters or lone surrogates: they become spaces, the rest is escaped.
export const esc = (s: string) => s.replace(/[\p{Cc}\p{Cs}\uFFFE\uFFFF]/gu, ' ').replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** One element, its attributes escaped and numbers to hundredths of a pixel. */
export function tag(name: string, attrs: Attrs, body = ''): string {
  let out = `<${name}`;
  for (const [key, value] of Object.entries(attrs)) {
    if (value !== undefined) out += ` ${key}="${typeof value === 'number' ? Math.round(value * 100) / 100 : esc(value)}"`;
  }
  return `${out}>${body}</${name}>`;
}

// What every text, line and fill of a kind shares is a class of the picture's style sheet (picture.ts).
export const line = (x1: number, y1: number, x2: number, y2: number, cls?: string) => tag('line', { x1, y1, x2, y2, class: cls });
export const rect = (x: number, y: number, width: number, height: number, cls?: string, more?: Attrs) => tag('rect', { x, y, width, height, class: cls, ...more });
/** A text centred on `y`, as the element's line boxes centre theirs. */
export const text = (x: number, y: number, content: string, cls?: string) => tag('text', { x, y, class: cls }, esc(content));
export const group = (x: number, y: number, body: string) => tag('g', { transform: `translate(${x} ${y})` }, body);
