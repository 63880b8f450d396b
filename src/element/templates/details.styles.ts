import { css } from 'lit';

/** The details panel (render-details.ts, render-media.ts, render-cluster-list.ts): the sheet, its texts, media, links and the chip list. Uses only the private `--_*` tokens (styles.ts). */
export const detailsStyles = css`
  /*
   * The details panel (and the list a "+N" chip opens). It sticks to the bottom of the screen
   * while the element reaches below it: on a phone it is a sheet over the lower part of the
   * screen, on a wide one it sits under the chart; either way a click shows it where the reader
   * looks, and it is never wider than the element. Long words and URLs break anywhere rather
   * than push it wider.
   */
  .details {
    position: sticky;
    bottom: 0;
    /* Over everything the element draws: the phone's sticky zoom bar (z-index 4, article.styles.ts) hid its title and close button where both stuck. */
    z-index: 5;
    max-height: min(50vh, 32em);
    overflow: auto;
    /* Its own height in the element's column (base.styles.ts): only the chart shrinks. */
    flex-shrink: 0;
    margin-top: 0.75em;
    padding: 0.75em 2.5em 0.75em 1em;
    border-radius: var(--_radius);
    background: var(--_panel-background);
    box-shadow: 0 -2px 10px rgb(0 0 0 / 0.12);
    overflow-wrap: anywhere;
    min-width: 0;
  }
  /*
   * While the panel is open, stuck over the story where the element runs on below the screen, an
   * item the focus moves to (Tab, Shift+Tab back from the panel, the arrow keys) is scrolled clear
   * of it, not under it: the panel's tallest, its margin and some room, kept below the item (an
   * outside probe: Shift+Tab from the panel left the item under it, WCAG 2.4.11). In a chart given
   * a height, which scrolls inside itself above the panel, an item near its foot is scrolled up in it.
   */
  .root:has(> .details) [part~='event'] {
    scroll-margin-bottom: calc(min(50vh, 32em) + 1.5em);
  }
  .details-list {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .details-list button {
    display: block;
    width: 100%;
    padding: 0.35em 0.25em;
    border: none;
    border-top: 1px solid var(--_grid-color);
    background: transparent;
    color: var(--_text-color);
    font: inherit;
    text-align: start;
    cursor: pointer;
  }
  .details-list button:focus-visible {
    outline: 2px solid var(--_focus-color);
    outline-offset: -2px;
  }
  .details-list .when {
    display: block;
    margin: 0;
    font-size: 0.85em;
  }
  /* The group's colour dot (filters.styles.ts: data with groups loads it). */
  .details .swatch {
    margin-inline-end: 0.4em;
    vertical-align: middle;
  }
  .details .piece {
    /* A piece of a very long text: laid out only when it scrolls into the panel's view. */
    display: block;
    content-visibility: auto;
    contain-intrinsic-size: auto 12em;
  }
  /*
   * A description's or a quote's lines as the data breaks them: a list item's paragraphs and
   * nested list come as lines of their own (data-format.md), as does a "\n" in JSON.
   */
  [part~='details-description'],
  [part~='details-quote'] {
    white-space: pre-line;
  }
  .details h2 {
    margin: 0 0 0.25em;
    font-size: 1.05em;
  }
  .details .when {
    margin: 0 0 0.5em;
    color: var(--_muted-color);
  }
  .details p {
    margin: 0 0 0.5em;
  }
  .details blockquote {
    margin: 0 0 0.5em;
    padding-left: 0.75em;
    border-left: 3px solid var(--_grid-color);
    font-style: italic;
  }
  .details h3 {
    margin: 0.5em 0 0.25em;
    font-size: 0.9em;
  }
  .details ul {
    margin: 0;
    padding-left: 1.25em;
  }
  .details a {
    color: var(--_link-color);
  }
  .figure {
    margin: 0.25em 0 0.75em;
  }
  .media {
    display: block;
    max-width: 100%;
    max-height: 60vh;
    height: auto;
    border-radius: var(--_radius);
  }
  .figure figcaption {
    margin-top: 0.25em;
    font-size: 0.85em;
    color: var(--_muted-color);
  }
  .figure .credit {
    display: block;
  }
  .copy-link {
    padding: 0.2em 0.6em;
    border: 1px solid var(--_grid-color);
    border-radius: var(--_radius);
    background: var(--_background);
    color: var(--_link-color);
    font: inherit;
    cursor: pointer;
  }
  .copy-link:focus-visible {
    outline: 2px solid var(--_focus-color);
  }
  .close {
    position: absolute;
    top: 0.4em;
    right: 0.4em;
    width: 2em;
    height: 2em;
    border: none;
    border-radius: 50%;
    background: transparent;
    color: var(--_text-color);
    font: inherit;
    font-size: 1.1em;
    cursor: pointer;
  }
  .close:focus-visible {
    outline: 2px solid var(--_focus-color);
  }
  @media (forced-colors: active) {
    .close:focus-visible {
        outline-color: Highlight;
      }
    /* Forced colours drop its shadow: over the cards, as a sheet on a phone, its edge is a line. */
    .details {
        border: 1px solid CanvasText;
      }
  }
`;
