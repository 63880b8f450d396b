import { css } from 'lit';

/** Eras and reference lines (render-backdrop.ts): bands (their tints over the items) and lines behind them, the strip of their titles. Uses only the private `--_*` tokens (styles.ts). */
export const backdropStyles = css`
  /*
   * Eras and reference lines: bands and lines (no pointer events, no text),
   * and their titles in a strip of their own above the axis, so none covers an item's title.
   */
  .backdrop-bands {
    position: absolute;
    inset: 0;
    pointer-events: none;
  }
  .era {
    position: absolute;
    top: 0;
    bottom: 0;
    border-inline-start: 1px solid color-mix(in srgb, var(--_muted-color) 45%, transparent);
  }
  /*
   * An era's tint lies over the items, as a band's fill over its title: under them, each label's
   * own background (which keeps grid lines out of its letters) left a patch of the page's colour
   * in the era, and a band was two shades where its title sat. At 12 % of the muted colour the
   * text stays far above 4.5:1. Its edge stays behind them, as grid lines do: the era forms no
   * stacking context (z-index auto), so the tint's z-index places it among the items.
   */
  .era::after {
    content: '';
    position: absolute;
    inset: 0;
    z-index: 3;
    background: color-mix(in srgb, var(--_muted-color) 12%, transparent);
  }
  .era.shade-1::after {
    background: color-mix(in srgb, var(--_muted-color) 7%, transparent);
  }
  .era.shade-2::after {
    background: color-mix(in srgb, var(--_event-color) 8%, transparent);
  }
  /* Down the page a band marks the rail's side, up to the cards (its width: render-backdrop.ts). */
  .vertical .era {
    top: auto;
    bottom: auto;
    inset-inline-start: 0;
    border-inline-start: none;
    border-top: 1px solid color-mix(in srgb, var(--_muted-color) 45%, transparent);
  }
  .reference {
    position: absolute;
    top: 0;
    bottom: 0;
    border-left: 2px dashed var(--_selected-color);
  }
  .vertical .reference {
    top: auto;
    bottom: auto;
    inset-inline-start: 0;
    border-left: none;
    border-top: 2px dashed var(--_selected-color);
  }
  .backdrop-strip {
    position: relative;
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 0.8em;
    color: var(--_muted-color);
  }
  .backdrop-strip li {
    position: absolute;
    white-space: nowrap;
    padding-inline-start: 4px;
    border-inline-start: 2px solid color-mix(in srgb, var(--_muted-color) 45%, transparent);
  }
  .backdrop-strip .reference-label {
    color: var(--_selected-color);
    border-inline-start-color: var(--_selected-color);
  }
  /*
   * Time runs left to right in any language (chart.styles.ts): a title starts at its mark, the
   * edge on its left, on a right-to-left page too (where the inline start is the right).
   */
  .backdrop-strip.horizontal li {
    padding: 0 0 0 4px;
    border-inline-start: none;
    border-left: 2px solid color-mix(in srgb, var(--_muted-color) 45%, transparent);
  }
  .backdrop-strip.horizontal .reference-label {
    border-left-color: var(--_selected-color);
  }
  /* A title with no room after its mark ends at it: the edge that marks the start is on its right (time across only: down the page titles are a row of tags). */
  .backdrop-strip.horizontal li.before {
    translate: -100%;
    padding: 0 4px 0 0;
    border-left: none;
    border-right: 2px solid color-mix(in srgb, var(--_muted-color) 45%, transparent);
  }
  .backdrop-strip.horizontal .reference-label.before {
    border-right-color: var(--_selected-color);
  }
  .backdrop-strip.vertical {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 12px;
    margin-bottom: 6px;
  }
  .backdrop-strip.vertical li {
    position: static;
    white-space: normal;
  }
  @media (forced-colors: active) {
    .era {
        outline: 1px dashed CanvasText;
      }
    /* The outline marks an era; no tint over the items in the system's colours. */
    .era::after {
        display: none;
      }
    .reference {
        border-color: CanvasText;
      }
  }
`;
