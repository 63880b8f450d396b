import { html, nothing, type TemplateResult } from 'lit';
import { safeHttpUrl } from '../../core/links.js';
import { wordsLang, type Messages } from '../../core/messages.js';
import { groupColour, type TimelineItem } from '../../core/model.js';
import type { TimelineSource } from '../../core/types.js';
import { renderMedia } from './render-media.js';
import { renderLongText } from './render-long-text.js';
import { styleMap } from './style-map.js';

export interface DetailsProps {
  item: TimelineItem;
  when: string;
  /** The language of the document's texts: its own, else the page's, else the locale (locale-controller.ts textLang). */
  lang: string;
  /** The element's: the dates are in it, and its own words unless English stands in for them (wordsLang). */
  locale: string;
  messages: Messages;
  formatSourceDate: (date: string) => string;
  /** The item's group, named, and its place among the groups (for its colour), when it has one. */
  group?: { label: string; index: number };
  onClose: () => void;
  /** With `hash-key`: the address that opens the page with this event selected. */
  link?: string;
  onCopyLink?: (link: string) => void;
}

/** `dateLang`: the locale, where the panel's words are in another language (English standing in); else undefined. */
function renderSource(source: TimelineSource, formatDate: (date: string) => string, lang: string, dateLang: string | undefined): TemplateResult {
  const href = safeHttpUrl(source.url);
  const name = href
    ? html`<a href=${href} target="_blank" rel="noopener noreferrer" lang=${lang}>${renderLongText(source.name)}</a>`
    : // The space as a string: the build's minifier drops one that begins a template.
      html`<span lang=${lang}>${renderLongText(source.name)}</span>${source.url ? [' ', html`<span class="url">(${renderLongText(source.url)})</span>`] : nothing}`;
  const date = source.date && formatDate(source.date);
  // Its date as text of the item, as the panel's own words are, unless those are English standing in.
  return html`<li>${name}${date ? html`, ${dateLang ? html`<span lang=${dateLang}>${date}</span>` : date}` : nothing}</li>`;
}

/** The item's group by name, its swatch in the group's marker colour (the colours come with the legend: filters.styles.ts). */
function renderGroup(group: { label: string; index: number }, messages: Messages, lang: string): TemplateResult {
  const swatch = styleMap({ color: `var(--_group-${groupColour(group.index)})` });
  return html`<p part="details-group"><span class="swatch" aria-hidden="true" style=${swatch}></span><strong>${messages.group}:</strong> <span lang=${lang}>${renderLongText(group.label)}</span></p>`;
}

/**
 * The selected event in full: every text of it rendered as text, links only for http(s). Every
 * character is kept; only runs of combining marks beyond what a font can stack are cut, since
 * shaping them would freeze the page (see visible-text.ts).
 */
// Each text of the item takes the direction of its own words (dir="auto"): English on a
// right-to-left page was shown in disorder ("soldiers to Russia 10,000"). The close button, drawn
// at the top beside the title, comes after the title in Tab order too, not after every link.
export function renderDetails(props: DetailsProps): TemplateResult {
  const { item, messages } = props;
  // The panel speaks the element's language (its words, the dates); each text of the document
  // the document's, when it says which (else the panel's).
  const { lang } = props;
  const words = wordsLang(messages, props.locale);
  return html`
    <section part="details" class="details" aria-label=${messages.details} lang=${words}>
      <h2 part="details-title" dir="auto" lang=${lang}>${renderLongText(item.title)}</h2>
      <button part="close" class="close" type="button" aria-label=${messages.close} @click=${props.onClose}>×</button>
      <p part="details-date" class="when" dir="auto" lang=${props.locale}>${props.when}</p>
      ${props.group ? renderGroup(props.group, messages, props.lang) : nothing}
      ${renderMedia(item.media, messages, props.lang)}
      ${item.place ? html`<p part="details-place"><strong>${messages.place}:</strong> <span lang=${lang}>${renderLongText(item.place)}</span></p>` : nothing}
      ${item.description ? html`<p part="details-description" dir="auto" lang=${lang}>${renderLongText(item.description)}</p>` : nothing}
      ${item.quote ? html`<blockquote part="details-quote" dir="auto" lang=${lang}>${renderLongText(item.quote)}</blockquote>` : nothing}
      ${item.sources.length > 0
        ? html`<h3>${messages.sources}</h3>
            <ul part="details-sources">
              ${item.sources.map((s) => renderSource(s, props.formatSourceDate, props.lang, words === props.locale ? undefined : props.locale))}
            </ul>`
        : nothing}
      ${props.link
        ? html`<p class="share"><button part="copy-link" class="copy-link" type="button" @click=${() => props.onCopyLink?.(props.link!)}>${messages.copyLink}</button></p>`
        : nothing}
    </section>
  `;
}
