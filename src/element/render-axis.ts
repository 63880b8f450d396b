import { svg, type SVGTemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Tick } from '../core/ticks.js';

export const AXIS_HEIGHT = 30;
/** A tick this close to the right edge writes its label leftwards, so it is not cut off. */
const END_ANCHOR_PX = 56;

/** The time axis: a baseline and one labelled tick per d3-chosen, luxon-written tick. */
export function renderAxis(ticks: readonly Tick[], toX: (ms: number) => number, width: number): SVGTemplateResult {
  return svg`
    <line x1="0" x2=${width} y1=${AXIS_HEIGHT - 0.5} y2=${AXIS_HEIGHT - 0.5}></line>
    ${repeat(
      ticks,
      (tick) => tick.at,
      (tick) => {
        const x = toX(tick.at);
        const atEnd = x > width - END_ANCHOR_PX;
        return svg`
        <g class=${tick.major ? 'tick major' : 'tick'} transform=${`translate(${x},0)`}>
          <line y1=${AXIS_HEIGHT - 7} y2=${AXIS_HEIGHT}></line>
          <text x=${atEnd ? -3 : 3} y=${AXIS_HEIGHT - 12} text-anchor=${atEnd ? 'end' : 'start'}>${tick.label}</text>
        </g>`;
      },
    )}
  `;
}

/** Faint vertical lines behind the events, one per tick. */
export function renderGrid(ticks: readonly Tick[], toX: (ms: number) => number, height: number): SVGTemplateResult {
  return svg`${repeat(
    ticks,
    (tick) => tick.at,
    (tick) => svg`<line x1=${toX(tick.at)} x2=${toX(tick.at)} y1="0" y2=${height}></line>`,
  )}`;
}
