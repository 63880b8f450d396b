import type { Backdrop } from './backdrop.js';
import type { Frame } from './frame.js';
import type { PictureTheme } from './picture.js';
import { line, rect } from './svg.js';

/** Eras as tinted bands, across their group's row if they have one; reference lines dashed (render-backdrop.ts). */
export function bandsPicture(backdrop: Backdrop, frame: Frame, theme: PictureTheme): string {
  const vertical = frame.orientation === 'vertical';
  let out = '';
  backdrop.eras.forEach((e, i) => {
    const row = vertical ? undefined : frame.placement.rows.find((r) => e.era.group !== undefined && r.group?.id === e.era.group);
    const [y, h] = row ? [row.across, row.breadth] : [0, frame.breadth];
    const tint = { fill: i % 3 === 2 ? theme.event : theme.muted, 'fill-opacity': [0.12, 0.07, 0.08][i % 3] };
    out += vertical
      ? rect(0, e.from, frame.breadth, e.to - e.from, '', tint) + line(0, e.from, frame.breadth, e.from, 'v')
      : rect(e.from, y, e.to - e.from, h, '', tint) + line(e.from, y, e.from, y + h, 'v');
  });
  for (const { at } of backdrop.references) out += vertical ? line(0, at, frame.breadth, at, 'f') : line(at, 0, at, frame.breadth, 'f');
  return out;
}
