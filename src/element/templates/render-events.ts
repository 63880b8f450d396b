import { itemLabel } from '../../core/item-label.js';
import { labelText } from '../../core/visible-text.js';
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { styleMap } from './style-map.js';
import type { Frame } from '../../core/frame.js';
import type { PlacedCluster, PlacedItem } from '../../core/placement.js';

export interface EventsView {
  frame: Frame;
  selected: string | null;
  /** The one event in the tab order (roving tabindex). */
  focusId: string | null;
  lang: string | undefined;
  listLabel: string;
  /** Index of each group id in the groups list, for per-group colours. */
  groupIndex: ReadonlyMap<string, number>;
  describe: (placed: PlacedItem) => string;
  /** Whether an item was just added (`addEvents()`): marked with `data-new` for a while. */
  isNew: (id: string) => boolean;
}

/** Hundredths of a pixel are finer than any screen; a value that did not change is not written again. */
const px = (n: number) => `${Math.round(n * 100) / 100}px`;

/** The events and chips move along the axis as one layer while the view pans (see Frame.shift). */
function layerShift(frame: Frame): string | undefined {
  if (frame.shift === 0) return undefined;
  return frame.orientation === 'horizontal' ? `translateX(${px(frame.shift)})` : `translateY(${px(frame.shift)})`;
}

/**
 * Positions go through the CSSOM (styleMap), which a strict style-src policy allows.
 * Placement speaks of a time axis and lanes across it; here they become x and y.
 */
function boxes(p: PlacedItem, frame: Frame) {
  const along = p.right - p.left;
  if (frame.orientation === 'horizontal') {
    return {
      box: { transform: `translate(${px(p.left)}, ${px(p.y)})`, width: px(along), height: px(frame.laneSize) },
      marker: { left: px(p.x0 - p.left), width: px(p.x1 - p.x0) },
      label: { left: px(p.labelX - p.left), width: px(p.labelWidth) },
    };
  }
  return {
    box: { transform: `translate(${px(p.y)}, ${px(p.left)})`, width: px(frame.laneSize), height: px(along) },
    marker: { top: px(p.x0 - p.left), height: px(p.x1 - p.x0) },
    label: { top: px(p.labelX - p.left), height: px(p.labelWidth), lineHeight: px(p.labelWidth) },
  };
}

function renderEvent(p: PlacedItem, view: EventsView): TemplateResult {
  const { item } = p;
  const selected = item.id === view.selected;
  const geometry = boxes(p, view.frame);
  const group = item.group === undefined ? undefined : view.groupIndex.get(item.group);
  return html`<div
    part="event"
    class=${`event ${item.kind}`}
    role="listitem"
    data-id=${item.id}
    data-kind=${item.kind}
    data-precision=${item.to ? 'range' : item.from.precision}
    data-group-index=${group === undefined ? nothing : (group % 6) + 1}
    data-new=${view.isNew(item.id) ? '' : nothing}
    tabindex=${item.id === view.focusId ? 0 : -1}
    aria-label=${view.describe(p)}
    aria-current=${selected ? 'true' : 'false'}
    style=${styleMap(geometry.box)}
  >
    <span
      part="marker"
      class="marker"
      aria-hidden="true"
      data-certainty=${item.from.certainty ?? item.to?.certainty ?? nothing}
      style=${styleMap(geometry.marker)}
    ></span>
    <span part="label" class="label" aria-hidden="true" style=${styleMap(geometry.label)}>${itemLabel(item)}</span>
  </div>`;
}

/** The headings of the group rows (columns, when time runs vertically). */
export function renderGroupLabels(frame: Frame): TemplateResult {
  const horizontal = frame.orientation === 'horizontal';
  return html`${frame.placement.rows.map((row, i) =>
    row.group
      ? html`<div class="row-rule" style=${styleMap(horizontal ? { top: px(row.y) } : { left: px(row.y) })} ?hidden=${i === 0}></div>
          <p
            part="group-label"
            class="row-label"
            data-group=${row.group.id}
            style=${styleMap(horizontal ? { top: px(row.y) } : { left: px(row.y), width: px(row.height) })}
          >
            ${labelText(row.group.label)}
          </p>`
      : nothing,
  )}`;
}

/** The visible events as positioned list items, in time order. */
export function renderEvents(view: EventsView): TemplateResult {
  const { frame } = view;
  const shift = layerShift(frame);
  const size = frame.orientation === 'horizontal' ? { height: px(frame.breadth), transform: shift } : { width: px(frame.breadth), height: px(frame.length), transform: shift };
  return html`<div part="events" class="events" role="list" aria-label=${view.listLabel} lang=${view.lang ?? nothing} style=${styleMap(size)}>
    ${repeat(
      frame.visible,
      (p) => p.item.id,
      (p) => renderEvent(p, view),
    )}
  </div>`;
}

/** The "+N" chips, outside the list (they are not events): each zooms into what it holds. */
export function renderClusters(
  frame: Frame,
  describe: (cluster: PlacedCluster) => string,
  onOpen: (cluster: PlacedCluster) => void,
): TemplateResult {
  if (frame.clusters.length === 0) return html``;
  return html`<div class="clusters" style=${styleMap({ transform: layerShift(frame) })}>
    ${frame.clusters.map(
      (c) => html`<button
        part="cluster"
        class="cluster"
        type="button"
        tabindex="-1"
        data-count=${c.count}
        aria-label=${describe(c)}
        title=${describe(c)}
        style=${styleMap({ transform: `translate(${px(c.x0)}, ${px(c.y + 3)})`, width: px(c.x1 - c.x0), height: px(frame.laneSize - 6) })}
        @click=${() => onOpen(c)}
      >
        +${c.count}
      </button>`,
    )}
  </div>`;
}
