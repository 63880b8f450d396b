import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { styleMap } from './style-map.js';
import type { PlacedItem, PlacedRow } from '../core/placement.js';

export interface EventsView {
  placed: readonly PlacedItem[];
  rows: readonly PlacedRow[];
  height: number;
  laneHeight: number;
  headerHeight: number;
  selected: string | null;
  /** The one event in the tab order (roving tabindex). */
  focusId: string | null;
  lang: string | undefined;
  listLabel: string;
  describe: (placed: PlacedItem) => string;
}

function renderEvent(p: PlacedItem, view: EventsView): TemplateResult {
  const { item } = p;
  const selected = item.id === view.selected;
  // Positions go through the CSSOM (styleMap), which a strict style-src policy allows.
  const box = styleMap({
    transform: `translate(${p.left}px, ${p.y}px)`,
    width: `${p.right - p.left}px`,
    height: `${view.laneHeight}px`,
  });
  return html`<div
    part="event"
    class=${`event ${item.kind}`}
    role="listitem"
    data-id=${item.id}
    data-kind=${item.kind}
    data-precision=${item.to ? 'range' : item.from.precision}
    tabindex=${item.id === view.focusId ? 0 : -1}
    aria-label=${view.describe(p)}
    aria-current=${selected ? 'true' : 'false'}
    style=${box}
  >
    <span
      part="marker"
      class="marker"
      aria-hidden="true"
      style=${styleMap({ left: `${p.x0 - p.left}px`, width: `${p.x1 - p.x0}px` })}
    ></span>
    <span
      part="label"
      class="label"
      aria-hidden="true"
      style=${styleMap({ left: `${p.labelX - p.left}px`, width: `${p.labelWidth}px` })}
      >${item.title}</span
    >
  </div>`;
}

/** Group headings, then every placed event as a positioned list item in time order. */
export function renderEvents(view: EventsView): TemplateResult {
  return html`
    ${view.rows.map((row, i) =>
      row.group
        ? html`<div class="row-rule" style=${styleMap({ top: `${row.y}px` })} ?hidden=${i === 0}></div>
            <p
              part="group-label"
              class="row-label"
              data-group=${row.group.id}
              style=${styleMap({ top: `${row.y}px`, height: `${view.headerHeight}px`, lineHeight: `${view.headerHeight}px` })}
            >
              ${row.group.label}
            </p>`
        : nothing,
    )}
    <div
      part="events"
      class="events"
      role="list"
      aria-label=${view.listLabel}
      lang=${view.lang ?? nothing}
      style=${styleMap({ height: `${view.height}px` })}
    >
      ${repeat(
        view.placed,
        (p) => p.item.id,
        (p) => renderEvent(p, view),
      )}
    </div>
  `;
}
