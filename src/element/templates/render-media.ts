import { html, nothing, type TemplateResult } from 'lit';
import type { Messages } from '../../core/messages.js';
import type { TimelineMedia } from '../../core/types.js';

/**
 * An event's picture in its details: lazy, with its alt text, caption and credit under it, a
 * link when it has one. Drawn only for the selected event, so no picture is fetched before.
 * Its addresses were checked to be http(s) when the data was read.
 */
export function renderMedia(media: TimelineMedia | undefined, m: Messages, lang: string): TemplateResult | typeof nothing {
  if (!media) return nothing;
  // The document's texts (alt text, caption, credit) in the document's language (`lang`), the word "Credit" in the element's.
  const image = html`<img part="media" class="media" src=${media.url} alt=${media.alt} lang=${lang} loading="lazy" decoding="async" />`;
  return html`<figure class="figure">
    ${media.link ? html`<a href=${media.link} target="_blank" rel="noopener noreferrer">${image}</a>` : image}
    ${media.caption || media.credit
      ? html`<figcaption>
          ${media.caption ? html`<span class="caption" lang=${lang}>${media.caption}</span>` : nothing}
          ${media.credit ? html`<span part="media-credit" class="credit">${m.credit}: <span lang=${lang}>${media.credit}</span></span>` : nothing}
        </figcaption>`
      : nothing}
  </figure>`;
}
