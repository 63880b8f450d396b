import { css } from 'lit';

/** The host and what every state shares: font and colours from the tokens, the title, status, empty and error messages, the live region. Uses only the private `--_*` tokens (styles.ts). */
export const baseStyles = css`
  /*
   * A column of one (.root): given a height by the page, the element keeps its axis in view and
   * the plot scrolls inside it; given none, it grows to fit its lanes. Not a height of 100% on
   * .root: in a page without a doctype (quirks mode) a percentage of an auto height is taken of
   * the window, and the element was cut to the window's height.
   * As wide as the space it is given, also where a page would shrink it to its content (an item
   * of a flex row, a float): its content is laid out for its width, which was then as narrow as
   * a title's longest word.
   */
  :host {
    display: flex;
    flex-flow: column;
    width: stretch;
    /* Time runs across or down as the element lays it out, also in a page written top to bottom. */
    writing-mode: horizontal-tb;
    /* --timeline-label-width resolved to px for readLabelFont (text-measure.ts); no gap in one column. */
    column-gap: var(--_label-width);
    position: relative;
    box-sizing: border-box;
    font-family: var(--_font-family);
    font-size: var(--_font-size);
    color: var(--_text-color);
    background: var(--_background);
    line-height: 1.4;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  .title {
    margin: 0 0 0.5em;
    font-size: 1.15em;
    font-weight: 600;
  }
  .root {
    display: flex;
    flex-flow: column;
    flex: auto;
    min-height: 0;
    /* The host's height also where the page made the host a block (and undid its column). */
    height: inherit;
    /*
     * Labels are measured with the font alone: text settings a page sets on an ancestor (and
     * the element inherits) would widen them past the boxes measured, and titles would overlap
     * or stick out. Set here, inside, where the page's rules cannot reach.
     */
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    text-indent: 0;
    white-space: normal;
  }
  .events {
    /* The layout's own value is set on the list; this is what it starts from. */
    --_line-height: 1.35em;
    /*
     * Inherited by every label: a var() of each label's own would be resolved again each time
     * one is restyled, and a moving view restyles hundreds.
     */
    line-height: var(--_line-height);
    position: relative;
  }
  .status,
  .empty {
    margin: 0.75em 0;
    color: var(--_muted-color);
  }
  .error {
    margin: 0.5em 0;
    padding: 0.5em 0.75em;
    border-left: 4px solid var(--_error-color);
    background: var(--_panel-background);
    overflow-wrap: anywhere;
    /* In an element the page gave a height, a long list of problems scrolls in two fifths of it and leaves the chart the rest; without one (a percentage of an auto height is none) the list is whole. */
    max-height: 40%;
    overflow: auto;
  }
  .error ul {
    margin: 0.25em 0 0;
    padding-left: 1.25em;
  }
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
`;
