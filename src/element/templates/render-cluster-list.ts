import { itemLabel } from '../../core/item-label.js';
import { html, nothing, type TemplateResult } from 'lit';
import { places } from './places.js';
import { wordsLang, type Messages } from '../../core/messages.js';
import type { TimelineItem } from '../../core/model.js';

export interface ClusterListProps {
  items: readonly TimelineItem[];
  /** What the chip said: how many events, over which days. */
  heading: string;
  /** The language of the document's titles: its own, else the page's, else the locale (textLang). */
  lang: string;
  /** The element's: the heading, its words and the dates are in it. */
  locale: string;
  messages: Messages;
  when: (item: TimelineItem) => string;
  onPick: (id: string) => void;
  onClose: () => void;
  onKeyDown: (e: KeyboardEvent) => void;
}

/** A longer list would take the page longer than a frame to draw; keyboard steps still reach the rest. */
const MAX_LISTED = 1000;

/**
 * The events of a "+N" chip that zooming cannot part (one instant, or the zoom limit), as a
 * list in the details panel; picking one selects it and shows its details.
 */
// The close button after the heading, as in the details (render-details.ts): where it is drawn.
export function renderClusterList(props: ClusterListProps): TemplateResult {
  const { messages } = props;
  const listed = props.items.slice(0, MAX_LISTED);
  return html`
    <section part="details" class="details" aria-label=${props.heading} lang=${wordsLang(messages, props.locale)} @keydown=${props.onKeyDown}>
      <h2 part="details-title">${props.heading}</h2>
      <button part="close" class="close" type="button" aria-label=${messages.close} @click=${props.onClose}>×</button>
      <ul class="details-list" part="details-list">
        ${places(
          // Not lit's repeat: it leaves a comment node behind for every item it removes (lit/lit#5010).
          listed.map((item) => item.id),
          listed.map(
            (item) =>
              html`<li>
                <button part="details-item" type="button" data-id=${item.id} @click=${() => props.onPick(item.id)}>
                  <span class="when" lang=${props.locale}>${props.when(item)}</span>
                  <span lang=${props.lang}>${itemLabel(item)}</span>
                </button>
              </li>`,
          ),
          null,
        )}
        ${props.items.length > MAX_LISTED ? html`<li>${messages.andMore(props.items.length - MAX_LISTED)}</li>` : nothing}
      </ul>
    </section>
  `;
}
