import { html, nothing, type TemplateResult } from 'lit';
import type { RefOrCallback } from 'lit/directives/ref.js';
import { ref } from 'lit/directives/ref.js';
import type { Frame } from '../../core/frame.js';
import type { Messages } from '../../core/messages.js';
import type { PlacedCluster } from '../../core/placement.js';
import { AXIS_GUTTER, AXIS_HEIGHT, renderAxis, renderGrid } from './render-axis.js';
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
  onOpenCluster: (c: PlacedCluster) => void;
}

/** The zoom buttons, the axis, and the plot of group rows, events and "+N" chips for one frame. */
export function renderChart(view: ChartView): TemplateResult {
  const frame: Frame = view.frame;
  const vertical = frame.orientation === 'vertical';
  const plotSize = { height: `${vertical ? frame.length : frame.breadth}px` };
  return html`
    ${renderControls({
      messages: view.messages,
      onZoomIn: () => view.onZoom('in'),
      onZoomOut: () => view.onZoom('out'),
      onFit: () => view.onZoom('fit'),
    })}
    <div class=${`chart ${frame.orientation}`} role="group" aria-label=${view.name} ${ref(view.chartRef)}>
      <div class="frame">
        <svg part="axis" class="axis" aria-hidden="true" width=${vertical ? AXIS_GUTTER : frame.length} height=${vertical ? frame.length : AXIS_HEIGHT}>
          ${renderAxis(frame)}
        </svg>
        <div class="plot" style=${styleMap(plotSize)} @click=${view.onClick} @focusin=${view.onFocusIn}>
          <svg part="grid" class="grid" aria-hidden="true">${renderGrid(frame)}</svg>
          ${vertical ? nothing : renderGroupLabels(frame)} ${renderEvents(view)} ${renderClusters(frame, view.describeCluster, view.onOpenCluster)}
        </div>
      </div>
    </div>
  `;
}
