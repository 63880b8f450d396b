import { html, nothing, type TemplateResult } from 'lit';
import { safeHttpUrl } from '../../core/links.js';
import type { Messages } from '../../core/messages.js';
import type { TimelineItem } from '../../core/model.js';
import type { TimelineSource } from '../../core/types.js';
import { capMarks } from '../../core/visible-text.js';

export interface PrintProps {
  items: readonly TimelineItem[];
  /** The list's accessible name: the timeline's. */
  label: string;
  lang: string;
  messages: Messages;
  /** An item's date at its precision, as the details panel writes it. */
  when: (item: TimelineItem) => string;
  formatSourceDate: (date: string) => string;
}

/** On paper a link cannot be followed: its address is written out after its name. */
function printSource(source: TimelineSource, formatDate: (date: string) => string): TemplateResult {
  const href = safeHttpUrl(source.url);
  const name = capMarks(source.name);
  // A string, not a template: the build's minifier would drop the space before the dash.
  const url = source.url === undefined || source.url === source.name ? nothing : ` — ${capMarks(source.url)}`;
  return html`<li>${href ? html`<a href=${href}>${name}</a>` : name}${source.date ? `, ${formatDate(source.date)}` : nothing}${url}</li>`;
}

/**
 * The whole story as a list under the chart, drawn only while printing: each item's date,
 * title, place, description, quote and sources, every text as text.
 */
export function renderPrint(props: PrintProps): TemplateResult {
  const { messages: m, when, formatSourceDate } = props;
  return html`<ol part="print-list" class="print-list" aria-label=${props.label} lang=${props.lang}>
    ${props.items.map(
      (item) => html`<li part="print-item" data-id=${item.id}>
        <div class="when">${when(item)}</div>
        <strong>${capMarks(item.title)}</strong>
        ${item.place ? html`<p>${m.place}: ${capMarks(item.place)}</p>` : nothing}
        ${item.description ? html`<p>${capMarks(item.description)}</p>` : nothing}
        ${item.quote ? html`<blockquote>${capMarks(item.quote)}</blockquote>` : nothing}
        ${item.sources.length > 0 ? html`<ul aria-label=${m.sources}>${item.sources.map((s) => printSource(s, formatSourceDate))}</ul>` : nothing}
      </li>`,
    )}
  </ol>`;
}
