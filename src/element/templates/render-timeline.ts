import { html, nothing, type TemplateResult } from 'lit';
import type { Messages } from '../../core/messages.js';
import { renderChart, type ChartProps } from './render-chart.js';
import type { DetailsProps } from './render-details.js';
import { renderFailure } from './render-failure.js';
import type { FiltersProps } from './render-filters.js';
import type { ClusterListProps } from './render-cluster-list.js';
import { renderLongText } from './render-long-text.js';
import type { Failure } from '../support/data-reader.js';

export interface PanelTemplates {
  renderDetails: (props: DetailsProps) => TemplateResult;
  renderClusterList: (props: ClusterListProps) => TemplateResult;
}

export interface TimelineProps {
  messages: Messages;
  /** The document's title and its texts' language, shown above the chart. */
  title?: string;
  lang: string;
  /** The language of the element's own words (the root's `lang`): its locale, or `en` where English stands in for a language without words here. */
  locale: string;
  loading: boolean;
  failure?: Failure;
  /** Whether there is a model: without one nothing but the messages is drawn. */
  hasModel: boolean;
  /** The legend and the search field, when there is data that has groups, or `searchable`; with their template, loaded on demand. */
  filters?: FiltersProps & { renderFilters: (props: FiltersProps) => TemplateResult | typeof nothing };
  /** The chart, when there are items and a window. */
  chart?: ChartProps;
  details?: DetailsProps;
  /** The list a "+N" chip opened, shown in the details panel when no event is selected. */
  chipList?: ClusterListProps;
  /** While printing: the list of every item, under the chart (render-print.ts). */
  print?: TemplateResult;
  /** The templates of the details and the list, once loaded (element/parts/details.ts). */
  panel?: PanelTemplates;
  announcement: string;
  onKeyDown: (e: KeyboardEvent) => void;
}

/**
 * The whole element: title, status, problems, chart, details, the print list while printing, live
 * region, and a slot for its children (inline JSON, a list), hidden once the chart stands for
 * them: until then, and when they hold nothing it can read, the page's content stays in view.
 */
export function renderTimeline(props: TimelineProps): TemplateResult {
  const m = props.messages;
  return html`<div class="root" lang=${props.locale} @keydown=${props.onKeyDown}>
    ${props.title ? html`<div part="title" class="title" lang=${props.lang}>${renderLongText(props.title)}</div>` : nothing}
    ${props.loading ? html`<p part="loading" class="status" role="status">${m.loading}</p>` : nothing}
    ${props.failure ? renderFailure(props.failure, m) : nothing}
    ${props.filters ? props.filters.renderFilters(props.filters) : nothing}
    ${props.hasModel ? (props.chart ? renderChart(props.chart) : html`<p part="empty" class="empty">${m.empty}</p>`) : nothing}
    ${props.panel && props.details ? props.panel.renderDetails(props.details) : props.panel && props.chipList ? props.panel.renderClusterList(props.chipList) : nothing}
    ${props.print ?? nothing}
    <div class="sr-only" aria-live="polite">${props.announcement}</div>
    <slot ?hidden=${props.hasModel}></slot>
  </div>`;
}
