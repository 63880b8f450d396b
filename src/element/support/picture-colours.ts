/**
 * The picture's colours as sRGB, for a file other programs open. The element reads its theme's
 * colours from the browser, which gives a colour as the page wrote it when that is not sRGB
 * (`oklch(…)`, `lab(…)`, `color(display-p3 …)`, a `color-mix()` as `oklab(…)`): a browser draws
 * them, but slide and drawing programs (and librsvg) read them as black or not at all. The
 * download turns each into `rgb()` (`rgba()` with its alpha) as a canvas draws it; `toSVG()`
 * keeps what the browser gave (a page shows it in a browser). With the picture-files part.
 */
export function sRGBColours(svg: string): string {
  const context = document.createElement('canvas').getContext('2d', { willReadFrequently: true });
  if (!context) return svg;
  const made = new Map<string, string>();
  const sRGB = (colour: string) => {
    let out = made.get(colour);
    // One the browser does not read stays as written (the canvas would keep the colour before it).
    if (out === undefined && CSS.supports('color', colour)) {
      context.clearRect(0, 0, 1, 1);
      context.fillStyle = colour;
      context.fillRect(0, 0, 1, 1);
      const [r, g, b, a] = context.getImageData(0, 0, 1, 1).data;
      out = a === 255 ? `rgb(${r},${g},${b})` : `rgba(${r},${g},${b},${Math.round((a! / 255) * 1000) / 1000})`;
      made.set(colour, out);
    }
    return out ?? colour;
  };
  // Colour functions other than rgb() and hsl(), nested ones whole (color-mix(in srgb, lab(…) 50%, …)).
  const functions = /\b(?:oklch|oklab|lab|lch|color|color-mix|light-dark|hwb)\((?:[^()]|\([^()]*\))*\)/g;
  const colours = (text: string) => text.replace(functions, sRGB);
  // Only where colours are: the style sheet and the fill and stroke attributes, never a text's words.
  return svg
    .replace(/<style>[\s\S]*?<\/style>/, colours)
    .replace(/ (fill|stroke)="([^"]*)"/g, (_, name: string, value: string) => ` ${name}="${colours(value)}"`);
}
