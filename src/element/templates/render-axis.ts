import { svg, type SVGTemplateResult } from 'lit';
import { axisHeight, type Frame } from '../../core/frame.js';

/** In the vertical layout the rail runs this far from the inline-start edge, its tick labels before it. */
export const AXIS_GUTTER = 64;

/**
 * The horizontal time axis: a baseline and one labelled tick per tick the core chose and luxon
 * wrote. Ticks are drawn by place, not keyed by time: a moving window rewrites the few nodes it
 * has, and lit's repeat directive stays out of the main file.
 */
export function renderAxis(frame: Frame): SVGTemplateResult {
  const { ticks, toPx, length } = frame;
  // Each date where core/axis-ticks.ts found room: from its anchor dx px from the tick, or up to it (tick.end).
  const h = axisHeight(frame);
  return svg`
    <line x1="0" x2=${length} y1=${h - 0.5} y2=${h - 0.5}></line>
    ${ticks.map((tick) => {
      const x = toPx(tick.at);
      return svg`
        <g class=${tick.major ? 'tick major' : 'tick'} transform=${`translate(${x},0)`}>
          <line y1=${h - 7} y2=${h}></line>
          <text x=${tick.dx} y=${h - 12} text-anchor=${tick.end ? 'end' : 'start'}>${tick.label}</text>
        </g>`;
    })}
  `;
}

/**
 * Faint lines behind the events, one per tick, across the plot: one path, so that a moving
 * window rewrites one attribute, not two on every line (the vertical layout has about 50).
 */
export function renderGrid(frame: Frame): SVGTemplateResult {
  const { ticks, toPx, breadth } = frame;
  const vertical = frame.orientation === 'vertical';
  const d = ticks.map((tick) => (vertical ? `M0 ${toPx(tick.at)}H${breadth}` : `M${toPx(tick.at)} 0V${breadth}`)).join('');
  return svg`<path d=${d}></path>`;
}
