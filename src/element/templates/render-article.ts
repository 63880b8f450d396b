import { html, nothing, svg, type TemplateResult } from 'lit';
import { CARD_PAD, MARKER, type Frame } from '../../core/frame.js';
import type { PlacedItem } from '../../core/placement.js';
import { TICK_LABEL_HALF, tickLabelSide, wholeOnRail, zigzag } from '../../core/rail-labels.js';
import type { RailBreak } from '../../core/rail.js';
import { places } from './places.js';
import { renderItem, type EventsProps } from './render-events.js';
import { styleMap, type StyleInfo } from './style-map.js';

/** Hundredths of a pixel are finer than any screen. */
const px = (n: number) => `${Math.round(n * 100) / 100}px`;

/**
 * The rail of the vertical layout, on the inline-start side: a line down the plot with its
 * ticks and their labels before it. Plain boxes with logical offsets rather than an SVG, so
 * that a right-to-left page puts the rail on the right with no arithmetic of its own.
 */
export function renderRail(frame: Frame): TemplateResult {
  const { toPx, ticks, rail } = frame;
  const half = TICK_LABEL_HALF * frame.lineHeight;
  // Ticks that stay while the view pans keep their place in a layer of their own (as the cards: Frame.pan).
  const pan = frame.pan ?? 0;
  return html`<div part="axis" class="rail" aria-hidden="true" style=${styleMap({ width: px(rail), height: px(frame.length) })}>
    ${frame.breaks.map((b) => renderBreak(b, frame.length))}
    <div class="rail-layer" style=${styleMap({ transform: pan ? `translateY(${px(-pan)})` : undefined })}>${places(
      // By time: while the window moves, a tick that stays keeps its node and only moves (its
      // date is not written again), the n-th tick no longer taking the n-th one's node.
      ticks.map((tick) => String(tick.at)),
      ticks.map((tick) => {
        const at = toPx(tick.at);
        return html`<span class=${`rail-tick ${tickLabelSide(at, frame.length, half, tick.label.split('\n').length, frame.breaks)}${tick.major ? ' major' : ''}`} style=${styleMap({ transform: `translateY(${px(at + pan)})` })}
          ><span class="rail-tick-label">${tick.label}</span></span
        >`;
      }),
      null,
    )}</div>
  </div>`;
}

/** A zig-zag over the rail where an empty stretch is cut short, and how long the stretch is. */
function renderBreak(b: RailBreak, length: number): TemplateResult {
  const size = b.to - b.from;
  const whole = wholeOnRail(b, length);
  // One at an end of the view: its part on the rail, the zig-zag drawn whole and cut at the rail's end.
  const from = whole ? b.from : Math.max(0, b.from);
  const to = whole ? b.to : Math.min(length, b.to);
  return html`<span class="rail-break" style=${styleMap({ top: px(from), height: px(to - from), overflow: whole ? undefined : 'clip' })}
    ><svg class="rail-zigzag" width="12" height=${size} style=${styleMap({ marginTop: whole ? undefined : px(b.from - from) })}>${svg`<polyline points=${zigzag(size)}></polyline>`}</svg
    >${b.label ? html`<span class="rail-break-label" dir="auto">${b.label.join(' ')}</span>` : nothing}</span
  >`;
}

/**
 * Leader lines from each item's point on the rail to its card's first line. One path for all
 * of them (a moving window rewrites one attribute, not two a line); it is mirrored on a
 * right-to-left page (lines have no text to turn round).
 */
export function renderLeaders(frame: Frame): TemplateResult {
  const from = frame.rail;
  const d = frame.visible
    .map((p) => {
      const at = p.kind === 'point' ? (p.alongStart + p.alongEnd) / 2 : Math.max(0, p.alongStart) + 1;
      const to = p.labelAlong + CARD_PAD.block / 2 + frame.lineHeight / 2;
      return `M${from} ${at}L${p.across} ${to}`;
    })
    .join('');
  return html`<svg class="leaders" aria-hidden="true" style=${styleMap({ height: px(frame.extent) })}>${svg`<path d=${d}></path>`}</svg>`;
}

/** A band beside the rail is this wide; side lanes follow each other outwards, the last ones share. */
const BAND_WIDTH = 6;
const bandOffset = (lane: number) => Math.min(lane, 2) * (BAND_WIDTH + 1);

/**
 * A card leaving over the top under the cards that hold it shows only what is below their edge
 * (core/article.ts; a clip path, which a pointer there passes through too), fading in over a
 * dozen px below it: the last px of a card, a strip of its padding and the feet of its letters,
 * no longer stand out as a stripe of their own.
 */
function leaving(hidden: number): StyleInfo {
  return { clipPath: `inset(${px(hidden)} 0 0)`, maskImage: `linear-gradient(transparent ${px(hidden)}, #000 ${px(hidden + 12)})` };
}

/**
 * A card of the vertical layout: its box is the card, beside the rail; its marker sits on the
 * rail, outside the box, at its true time (inline-start and inline-end follow the direction).
 */
export function renderCard(p: PlacedItem, props: EventsProps): TemplateResult {
  const { frame } = props;
  const styles = {
    box: { insetInlineStart: px(p.across), top: px(p.labelAlong + (frame.pan ?? 0)), width: px(p.breadth), height: px(p.labelLength), ...(p.hidden ? leaving(p.hidden) : {}) },
    marker:
      p.kind === 'point'
        ? { insetInlineStart: px(frame.rail - p.across - MARKER.pointRadius), top: px(p.alongStart - p.labelAlong), height: px(p.alongEnd - p.alongStart) }
        : { insetInlineStart: px(frame.rail - p.across - BAND_WIDTH / 2 + bandOffset(p.markerLane ?? 0)), top: px(p.alongStart - p.labelAlong), height: px(p.alongEnd - p.alongStart) },
    text: {},
  };
  return renderItem(p, props, styles, html`<span class="edge" aria-hidden="true"></span>`);
}
