import { slugOf } from '../../core/import/slug.js';
import { sRGBColours } from './picture-colours.js';
import { withFonts } from './picture-fonts.js';

/**
 * The picture as files: a PNG drawn from the SVG, and a download named after the timeline, each
 * with the page's web fonts inside (picture-fonts.ts), the SVG file's colours in sRGB
 * (picture-colours.ts). Loaded on demand (`import()`): only
 * `toPNG()` and the export buttons need it.
 */

/** The SVG drawn on a canvas `scale` times its size (2 when not given), as a PNG. */
export async function pngOf(svg: string, given?: number | null): Promise<Blob> {
  const scale = given ?? 2;
  // A scale that draws no picture (0, below 0, not a number) is the caller's mistake: said as one,
  // not as a canvas of the default 300 × 150 px or a picture that "could not be drawn".
  if (!(scale > 0 && Number.isFinite(scale))) throw new RangeError(`toPNG(): the scale must be a number above 0, not ${String(given)}.`);
  const image = new Image();
  // With the page's web fonts inside: an image loads nothing from outside.
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(await withFonts(svg))}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(image.naturalWidth * scale);
  canvas.height = Math.round(image.naturalHeight * scale);
  canvas.getContext('2d')?.drawImage(image, 0, 0, canvas.width, canvas.height);
  // A canvas of no size (nothing drawn yet: no data, or an element not laid out) gives no blob,
  // and a canvas larger than the browser draws neither: say which, with its size.
  const failed = () =>
    new Error(
      canvas.width * canvas.height === 0
        ? `The picture could not be drawn: it is ${canvas.width} × ${canvas.height} px (no data shown yet, or an element of no size).`
        : `The picture could not be drawn (${canvas.width} × ${canvas.height} px at scale ${scale}; a smaller scale may fit).`,
    );
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(failed())), 'image/png'));
}

/** Saves the picture as a file, `<slug of the name>.svg` or `.png`. */
export async function save(svg: string, type: 'svg' | 'png', name: string): Promise<void> {
  const blob = type === 'svg' ? new Blob([sRGBColours(await withFonts(svg))], { type: 'image/svg+xml' }) : await pngOf(svg);
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = `${slugOf(name)}.${type}`;
  a.click();
  // The browser reads the file after the click returns: the address is let go a little later.
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}
