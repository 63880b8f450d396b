import { html, nothing, type TemplateResult } from 'lit';
import type { RefOrCallback } from 'lit/directives/ref.js';
import { ref } from 'lit/directives/ref.js';
import type { Frame } from '../../core/frame.js';
import type { Messages } from '../../core/messages.js';
import type { PlacedCluster } from '../../core/placement.js';
import { AXIS_HEIGHT, renderAxis, renderGrid } from './render-axis.js';
import { renderLeaders, renderRail } from './render-article.js';
import { renderControls } from './render-controls.js';
import { renderClusters, renderEvents, renderGroupLabels, type EventsView } from './render-events.js';
import { styleMap } from './style-map.js';

export interface ChartView extends EventsView {
  messages: Messages;
  /** The accessible name of the chart. */
  name: string;
  chartRef: RefOrCallback;
  onZoom: (how: 'in' | 'out' | 'fit') => void;
  onClick: (e: MouseEvent) => void;
  onFocusIn: (e: FocusEvent) => void;
  describeCluster: (c: PlacedCluster) => string;
  /** The element's locale: breaks in the rail say how long they are in it. */
  locale: string;
  onOpenCluster: (c: PlacedCluster) => void;
}

/** The zoom buttons, the axis, and the plot of group rows, events and "+N" chips for one frame. */
export function renderChart(view: ChartView): TemplateResult {
  const frame: Frame = view.frame;
  const vertical = frame.orientation === 'vertical';
  const plotSize = { height: `${vertical ? frame.extent : frame.breadth}px` };
  return html`
    ${renderControls({
      messages: view.messages,
      onZoomIn: () => view.onZoom('in'),
      onZoomOut: () => view.onZoom('out'),
      onFit: () => view.onZoom('fit'),
    })}
    <div class=${`chart ${frame.orientation}`} role="group" aria-label=${view.name} ${ref(view.chartRef)}>
      <div class="frame">
        ${vertical
          ? nothing
          : html`<svg part="axis" class="axis" aria-hidden="true" width=${frame.length} height=${AXIS_HEIGHT}>${renderAxis(frame)}</svg>`}
        <div class="plot" style=${styleMap(plotSize)} @click=${view.onClick} @focusin=${view.onFocusIn}>
          <svg part="grid" class="grid" aria-hidden="true">${renderGrid(frame)}</svg>
          ${vertical ? html`${renderRail(frame, view.locale)}${renderLeaders(frame)}` : renderGroupLabels(frame)} ${renderEvents(view)}
          ${renderClusters(frame, view.describeCluster, view.onOpenCluster)}
        </div>
      </div>
    </div>
  `;
}
