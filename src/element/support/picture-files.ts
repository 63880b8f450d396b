import { slugOf } from '../../core/import/slug.js';

/**
 * The picture as files: a PNG drawn from the SVG, and a download named after the timeline.
 * Loaded on demand (`import()`): only `toPNG()` and the export buttons need it.
 */

/** The SVG drawn on a canvas `scale` times its size, as a PNG. */
export async function pngOf(svg: string, scale = 2): Promise<Blob> {
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(image.naturalWidth * scale);
  canvas.height = Math.round(image.naturalHeight * scale);
  canvas.getContext('2d')?.drawImage(image, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The picture could not be drawn.'))), 'image/png'));
}

/** Saves the picture as a file, `<slug of the name>.svg` or `.png`. */
export async function save(svg: string, type: 'svg' | 'png', name: string): Promise<void> {
  const blob = type === 'svg' ? new Blob([svg], { type: 'image/svg+xml' }) : await pngOf(svg);
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = `${slugOf(name)}.${type}`;
  a.click();
  // The browser reads the file after the click returns: the address is let go a little later.
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}
