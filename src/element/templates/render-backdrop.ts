import { html, nothing, type TemplateResult } from 'lit';
import type { Backdrop } from '../../core/backdrop.js';
import type { Frame } from '../../core/frame.js';
import { formatWhen } from '../../core/format.js';
import type { Era, Reference } from '../../core/model.js';
import { styleMap } from './style-map.js';

export interface BackdropProps {
  backdrop: Backdrop;
  frame: Frame;
  /** The accessible name of the list of periods and dates. */
  label: string;
  /** Height of one lane of the label strip, in px. */
  laneHeight: number;
  /** The locale and display zone the period or date is said in, in the accessible list. */
  locale: string;
  zone: string;
}

/** An era's period or a reference's date in words, each at its precision, as an item's is written. */
function when(entry: Era | Reference, props: BackdropProps): string {
  return 'date' in entry ? formatWhen(entry.date, undefined, props.locale, props.zone) : formatWhen(entry.from, entry.to, props.locale, props.zone);
}

const px = (n: number) => `${Math.round(n * 100) / 100}px`;

/**
 * Eras as bands (their tints over the items, backdrop.styles.ts) and references as lines behind them, inside the plot: across all lanes,
 * or across the row of an era's group. They carry no text, so nothing of theirs covers an item.
 */
export function renderBackdropBands(props: BackdropProps): TemplateResult | typeof nothing {
  const { backdrop, frame } = props;
  if (backdrop.eras.length === 0 && backdrop.references.length === 0) return nothing;
  const vertical = frame.orientation === 'vertical';
  const rowOf = (group: string | undefined) => (group === undefined || vertical ? undefined : frame.placement.rows.find((r) => r.group?.id === group));
  return html`<div class="backdrop-bands" aria-hidden="true">
    ${backdrop.eras.map((e, i) => {
      const row = rowOf(e.era.group);
      const across = row ? { top: px(row.across), height: px(row.breadth) } : {};
      // Down the page, the rail's side only (frame.cards): a card beside the band may be of another time.
      const style = vertical ? { top: px(e.from), height: px(e.to - e.from), width: px(frame.cards!) } : { left: px(e.from), width: px(e.to - e.from), ...across };
      return html`<div part="era" class=${`era shade-${i % 3}`} data-title=${e.era.title} style=${styleMap(style)}></div>`;
    })}
    ${backdrop.references.map(
      (r) => html`<div part="reference" class="reference" data-title=${r.reference.title} style=${styleMap(vertical ? { top: px(r.at), width: px(frame.cards!) } : { left: px(r.at) })}></div>`,
    )}
  </div>`;
}

/**
 * A tag's title and its period or date. Across, the title stands at its place on the axis and
 * the period is for screen readers; down the page the tags stand apart from their bands, and
 * each says its period so that a reader finds it on the rail: one text, as the picture
 * (toSVG) reads a tag's text.
 */
const tagText = (title: string, period: string, vertical: boolean) => (vertical ? `${title}, ${period}` : html`${title}<span class="sr-only">, ${period}</span>`);

/**
 * The titles of the eras and references as a labelled list (periods and dates are in the
 * accessibility tree, not in the keyboard order of the items): above the axis in lanes of their
 * own when time runs across, as a row of tags when it runs down the page.
 */
export function renderBackdropStrip(props: BackdropProps): TemplateResult | typeof nothing {
  const { backdrop, frame } = props;
  if (backdrop.eras.length === 0 && backdrop.references.length === 0) return nothing;
  const vertical = frame.orientation === 'vertical';
  const place = (at: number, lane: number) => (vertical ? {} : { left: px(at), top: px(lane * props.laneHeight) });
  return html`<ul
    class=${`backdrop-strip ${frame.orientation}`}
    role="list"
    aria-label=${props.label}
    style=${styleMap(vertical ? {} : { height: px(backdrop.lanes * props.laneHeight) })}
  >
    ${backdrop.eras.map(
      (e, i) =>
        html`<li part="era-label" class=${`era-label shade-${i % 3}${e.before ? ' before' : ''}`} data-title=${e.era.title} style=${styleMap(place(e.labelAt, e.lane))}>
          ${tagText(e.era.title, when(e.era, props), vertical)}
        </li>`,
    )}
    ${backdrop.references.map(
      (r) =>
        html`<li part="reference-label" class=${r.before ? 'reference-label before' : 'reference-label'} data-title=${r.reference.title} style=${styleMap(place(r.labelAt, r.lane))}>
          ${tagText(r.reference.title, when(r.reference, props), vertical)}
        </li>`,
    )}
  </ul>`;
}
