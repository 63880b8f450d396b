import { html, nothing, type TemplateResult } from 'lit';
import { axisHeight, type Frame } from '../../core/frame.js';
import type { ZoomAnchor } from '../../core/view.js';
import type { Messages } from '../../core/messages.js';
import type { PlacedCluster } from '../../core/placement.js';
import { renderAxis, renderGrid } from './render-axis.js';
import type { BackdropProps } from './render-backdrop.js';
import { renderControls } from './render-controls.js';
import { renderClusters, renderEvents, renderGroupLabels, type EventsProps } from './render-events.js';
import { styleMap } from './style-map.js';

/** The vertical layout's templates (render-article.ts), loaded with it. */
export interface ArticleTemplates extends NonNullable<EventsProps['article']> {
  renderRail: (frame: Frame) => TemplateResult;
  renderLeaders: (frame: Frame) => TemplateResult;
  /** Where the zoom buttons zoom about: the card the reader is looking at (support/rail-anchor.ts). */
  railAnchor: (e: Event, frame: Frame) => ZoomAnchor | undefined;
}

export interface BackdropTemplates {
  renderBackdropBands: (props: BackdropProps) => TemplateResult | typeof nothing;
  renderBackdropStrip: (props: BackdropProps) => TemplateResult | typeof nothing;
}

export interface ChartProps extends EventsProps {
  messages: Messages;
  /** A zoom button: zoom by two about `at` (the window's middle when undefined), or fit. */
  onZoom: (how: 'in' | 'out' | 'fit', at?: ZoomAnchor) => void;
  onExport?: (type: 'svg' | 'png') => void;
  onClick: (e: MouseEvent) => void;
  onFocusIn: (e: FocusEvent) => void;
  /** A pointer over the plot: what it is over may soon be clicked. */
  onIntent: (e: PointerEvent) => void;
  describeCluster: (c: PlacedCluster) => string;
  onOpenCluster: (c: PlacedCluster) => void;
  /** In the vertical layout: its templates. */
  article?: ArticleTemplates;
  /** Eras and reference lines, when the document has any (or `now` is on), with their templates (loaded on demand). */
  backdrop?: BackdropProps & BackdropTemplates;
}

/** The zoom buttons, the axis, and the plot of group rows, events and "+N" chips for one frame. */
export function renderChart(props: ChartProps): TemplateResult {
  const frame: Frame = props.frame;
  const vertical = frame.orientation === 'vertical';
  const plotSize = { height: `${vertical ? frame.extent : frame.breadth}px` };
  // The width the frame was laid out for: on paper the chart is scaled from it to the page's.
  const chartWidth = { '--_chart-width': `${vertical ? frame.breadth : frame.length}px` };
  return html`
    ${renderControls({
      messages: props.messages,
      onZoom: (how, e) => props.onZoom(how, props.article?.railAnchor(e, frame)),
      onExport: props.onExport,
    })}
    <div class=${`chart ${frame.orientation}`} style=${styleMap(chartWidth)}>
      ${props.backdrop && vertical ? props.backdrop.renderBackdropStrip(props.backdrop) : nothing}
      <div class="frame">
        ${props.backdrop && !vertical ? props.backdrop.renderBackdropStrip(props.backdrop) : nothing}
        ${vertical
          ? nothing
          : html`<svg part="axis" class="axis" aria-hidden="true" width=${frame.length} height=${axisHeight(frame)}>${renderAxis(frame)}</svg>`}
        <div class="plot" style=${styleMap(plotSize)} @click=${props.onClick} @focusin=${props.onFocusIn} @pointerover=${props.onIntent}>
          <svg part="grid" class="grid" aria-hidden="true">${renderGrid(frame)}</svg>
          ${props.backdrop ? props.backdrop.renderBackdropBands(props.backdrop) : nothing}
          ${vertical && props.article ? html`${props.article.renderRail(frame)}${props.article.renderLeaders(frame)}` : renderGroupLabels(frame)} ${renderEvents(props)}
          ${renderClusters(frame, props.describeCluster, props.onOpenCluster)}
        </div>
      </div>
    </div>
  `;
}
