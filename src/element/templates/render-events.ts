import { labelText } from '../../core/visible-text.js';
import { html, nothing, type TemplateResult } from 'lit';
import type { DirectiveResult } from 'lit/directive.js';
import type { TimelineItem } from '../../core/model.js';
import { places } from './places.js';
import { styleMap, type StyleInfo } from './style-map.js';
import type { Frame } from '../../core/frame.js';
import { groupColour } from '../../core/model.js';
import type { PlacedCluster, PlacedItem } from '../../core/placement.js';

export interface EventsProps {
  frame: Frame;
  selected: string | null;
  /** The one event in the tab order (roving tabindex). */
  focusId: string | null;
  /** The event whose node has focus now, if any (it need not hold the tab stop): it keeps its node (places.ts). */
  activeId: string | null;
  lang: string;
  /** Index of each group id in the groups list, for per-group colours. */
  groupIndex: ReadonlyMap<string | undefined, number>;
  describe: (placed: PlacedItem) => string;
  /** In the vertical layout: its cards (render-article.ts, loaded with it). */
  article?: { renderCard: (p: PlacedItem, props: EventsProps) => TemplateResult };
  /** Whether an item was just added (`addEvents()`): marked with `data-new` for a while. */
  isNew: (id: string) => boolean;
  /** The marks of approximate, uncertain and open-ended dates on a marker (date-marks.ts), which come with such dates (parts/dates.ts). */
  marks?: (item: TimelineItem) => DirectiveResult;
}

/** Hundredths of a pixel are finer than any screen; a value that did not change is not written again. */
const px = (n: number) => `${Math.round(n * 100) / 100}px`;

/** The events and chips move along the axis as one layer while the view pans (see Frame.shift and Frame.pan). */
function layerShift(frame: Frame): string | undefined {
  const shift = frame.shift - (frame.pan ?? 0);
  if (shift === 0) return undefined;
  return frame.orientation === 'horizontal' ? `translateX(${px(shift)})` : `translateY(${px(shift)})`;
}

/**
 * Positions go through the CSSOM (styleMap), which a strict style-src policy allows.
 * Placement speaks of a time axis and lanes across it; here they become x and y.
 */
function boxes(p: PlacedItem, frame: Frame) {
  const point = p.kind === 'point';
  return {
    box: { transform: `translate(${px(p.spanStart + (frame.pan ?? 0))}, ${px(p.across)})`, width: px(p.spanEnd - p.spanStart), height: px(p.breadth) },
    // A point sits level with the label's first line, its date; a band spans the label's height
    // (no top: styleMap leaves out an undefined value, as an absent one).
    marker: { left: px(p.alongStart - p.spanStart), width: px(p.alongEnd - p.alongStart), top: point ? px(frame.lineHeight / 2) : undefined },
    text: { left: px(p.labelAlong - p.spanStart), width: px(p.labelLength) },
  };
}

/**
 * A label's title (or its date) broken into lines where the layout broke it and nowhere else
 * (a line break, and white-space: nowrap, see .text): one line is a text node, not an element a
 * line, so that a node rewritten for another item restyles and lays out less. The label's text
 * is the whole title.
 */
function lines(list: readonly string[]): unknown {
  return list.length === 1 ? list[0] : list.map((line, i) => (i === 0 ? line : html`<br />${line}`));
}

/** The attributes every item carries, in both layouts (the vertical one's cards: render-article.ts). */
export function renderItem(
  p: PlacedItem,
  props: EventsProps,
  styles: { box: StyleInfo; marker: StyleInfo; text: StyleInfo },
  extra: TemplateResult | typeof nothing,
  before = false,
): TemplateResult {
  const { item } = p;
  const selected = item.id === props.selected;
  const group = props.groupIndex.get(item.group);
  // The item's short date over its title, as the layout measured them.
  const box = props.frame.labelOf(item);
  // (aria-current: an attribute given a boolean is written "true" or "false".)
  return html`<div
    part="event"
    class=${`event ${p.kind}`}
    role="listitem"
    data-id=${item.id}
    data-kind=${p.kind}
    data-precision=${item.to ? 'range' : item.from.precision}
    data-group-index=${group === undefined ? nothing : groupColour(group)}
    data-new=${props.isNew(item.id) ? '' : nothing}
    tabindex=${item.id === props.focusId ? 0 : -1}
    aria-label=${props.describe(p)}
    aria-current=${selected}
    style=${styleMap(styles.box)}
  >
    ${extra}<span
      part="marker"
      class="marker"
      aria-hidden="true"
      ${props.marks?.(item)}
      style=${styleMap(styles.marker)}
    ></span
    ><span class=${before ? 'text before' : 'text'} style=${styleMap(styles.text)}
      ><span part="date" class="date" dir="auto" aria-hidden="true">${lines(box.date)}</span
      ><span part="label" class="label" dir="auto" aria-hidden="true">${lines(box.lines)}</span></span
    >
  </div>`;
}

function renderEvent(p: PlacedItem, props: EventsProps): TemplateResult {
  return renderItem(p, props, boxes(p, props.frame), nothing, p.labelAlong + p.labelLength <= p.alongStart + 0.5);
}

/**
 * The headings of the group rows (columns, when time runs vertically), and a rule between each
 * two rows: the row of items without a group (the last) has no heading, and without its rule its
 * items looked like the last group's.
 */
export function renderGroupLabels(frame: Frame): TemplateResult {
  const horizontal = frame.orientation === 'horizontal';
  return html`${frame.placement.rows.map(
    (row, i) =>
      html`<div class="row-rule" style=${styleMap(horizontal ? { top: px(row.across) } : { left: px(row.across) })} ?hidden=${i === 0}></div>
        ${row.group
          ? html`<p
              part="group-label"
              class="row-label"
              data-group=${row.group.id}
              style=${styleMap(horizontal ? { top: px(row.across) } : { left: px(row.across), width: px(row.breadth) })}
            >
              ${labelText(row.group.label)}
            </p>`
          : nothing}`,
  )}`;
}

/** The visible events as positioned list items, in time order. */
export function renderEvents(props: EventsProps): TemplateResult {
  const { frame } = props;
  const shift = layerShift(frame);
  // The line height the layout measured with, for every label (one custom property, on the list alone).
  const lines = { '--_line-height': px(frame.lineHeight) };
  const size = { ...lines, height: px(frame.orientation === 'horizontal' ? frame.breadth : frame.extent) };
  // The items move as one layer inside the list, which stays where the plot is.
  return html`<div part="events" class="events" role="list" lang=${props.lang} style=${styleMap(size)}>
    <div class="layer" style=${styleMap({ transform: shift })}>${places(
      frame.visible.map((p) => p.item.id),
      frame.visible.map((p) => (frame.orientation === 'vertical' ? props.article?.renderCard(p, props) : renderEvent(p, props))),
      props.activeId,
    )}</div>
  </div>`;
}

/**
 * The "+N" chips, outside the list (they are not events): each zooms into what it holds. Keyed
 * by row and first time (places.ts): while a window pans, a chip that stays keeps its button,
 * and one that leaves at an edge does not pass every other chip's count, label and place on to
 * its neighbour's (at 10,000 items, a dozen buttons rewritten and restyled a frame).
 */
export function renderClusters(
  frame: Frame,
  describe: (cluster: PlacedCluster) => string,
  onOpen: (cluster: PlacedCluster) => void,
): TemplateResult {
  if (frame.clusters.length === 0) return html``;
  return html`<div class="clusters" style=${styleMap({ transform: layerShift(frame) })}>
    ${places(
      frame.clusters.map((c) => `${c.row} ${c.start}`),
      frame.clusters.map(
        (c) => html`<button
          part="cluster"
          class="cluster"
          type="button"
          tabindex="-1"
          data-count=${c.count}
          aria-label=${describe(c)}
          title=${describe(c)}
          style=${styleMap(
            frame.orientation === 'horizontal'
              ? { transform: `translate(${px(c.alongStart + (frame.pan ?? 0))}, ${px(c.across + 3)})`, width: px(c.alongEnd - c.alongStart), height: px(frame.laneSize - 6) }
              : { insetInlineStart: px(c.across), top: px(c.alongStart + (frame.pan ?? 0)), height: px(c.alongEnd - c.alongStart), paddingInline: '0.8em' },
          )}
          @click=${() => onOpen(c)}
        >
          +${c.count}
        </button>`,
      ),
      null,
    )}
  </div>`;
}
