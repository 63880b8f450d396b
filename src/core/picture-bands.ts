import type { Backdrop } from './backdrop.js';
import type { Frame } from './frame.js';
import type { PictureTheme } from './picture.js';
import { line, rect, type Across } from './svg.js';

/**
 * Eras as tinted bands, across their group's row if they have one, and reference lines dashed
 * (render-backdrop.ts): the eras' edges and the lines, to be drawn behind the items, or with
 * `tints` the eras' tints, to be drawn over them, as the element draws them (backdrop.styles.ts).
 * Down the page they mark the rail's side only, up to the cards (`frame.cards`; `m` mirrors it
 * on a right-to-left page).
 */
export function bandsPicture(backdrop: Backdrop, frame: Frame, theme: PictureTheme, m: Across, tints?: boolean): string {
  const vertical = frame.orientation === 'vertical';
  const side = frame.cards ?? frame.breadth;
  let out = '';
  backdrop.eras.forEach((e, i) => {
    const row = vertical ? undefined : frame.placement.rows.find((r) => e.era.group !== undefined && r.group?.id === e.era.group);
    const [y, h] = row ? [row.across, row.breadth] : [0, frame.breadth];
    const tint = { fill: i % 3 === 2 ? theme.event : theme.muted, 'fill-opacity': [0.12, 0.07, 0.08][i % 3] };
    out += tints
      ? vertical
        ? rect(m(0, side), e.from, side, e.to - e.from, '', tint)
        : rect(e.from, y, e.to - e.from, h, '', tint)
      : vertical
        ? line(m(0), e.from, m(side), e.from, 'v')
        : line(e.from, y, e.from, y + h, 'v');
  });
  if (!tints) for (const { at } of backdrop.references) out += vertical ? line(m(0), at, m(side), at, 'f') : line(at, 0, at, frame.breadth, 'f');
  return out;
}
