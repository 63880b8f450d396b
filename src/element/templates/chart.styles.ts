import { css } from 'lit';

/** The chart (render-chart.ts): zoom buttons, axis, grid, plot and group rows. Uses only the private `--_*` tokens (styles.ts). */
export const chartStyles = css`
  .chart {
    position: relative;
    /*
     * The one part of the column (.root) that shrinks when the page gives the element a height:
     * a scroll container (a flex item's least height is then 0, not its content's). The others
     * keep their content's height (the details panel, also a scroll container, says so:
     * details.styles.ts).
     */
    overflow: hidden auto;
    /*
     * What the keyboard focuses is scrolled into view below the sticky axis, its focus ring too:
     * the axis is 30 px tall (frame.ts axisHeight) up to a font of 22 px, the ring 3 px beyond.
     */
    scroll-padding-top: 34px;
    /* One finger up or down scrolls the page (or the chart); sideways and two pan and zoom (input/page-swipes.ts). */
    touch-action: pan-y;
    cursor: grab;
  }
  .plot {
    position: relative;
    contain: layout style;
    /*
     * The width the chart was laid out for (render-chart.ts) is read on the chart alone, for
     * print: inherited, it restyled every item and chip at each frame of a resize.
     */
    --_chart-width: 0;
    /* An item kept for its tab stop beyond the view never makes the chart scroll; focus rings still show. */
    overflow: clip;
    overflow-clip-margin: 4px;
  }
  .controls {
    display: flex;
    justify-content: end;
    gap: 4px;
    margin-bottom: 4px;
  }
  .controls button {
    min-width: 2em;
    height: 2em;
    padding: 0 0.4em;
    border: 1px solid var(--_grid-color);
    border-radius: var(--_radius);
    background: var(--_background);
    color: var(--_text-color);
    font: inherit;
    line-height: 1;
    cursor: pointer;
  }
  .controls button:hover {
    border-color: var(--_axis-color);
  }
  .controls button:focus-visible {
    outline: 2px solid var(--_focus-color);
    outline-offset: 1px;
  }
  /* Drawn only where time runs across (render-chart.ts): it stays in view above the lanes as the chart scrolls. */
  .axis {
    display: block;
    width: 100%;
    overflow: visible;
    /* Time runs left to right in any language: a right-to-left page would turn each date's anchor round, out of the element at the ends. */
    direction: ltr;
    position: sticky;
    top: 0;
    z-index: 1;
    background: var(--_background);
  }
  .axis line {
    stroke: var(--_axis-color);
  }
  .axis text {
    fill: var(--_muted-color);
    font-size: 0.8em;
    /* Each date in its own language's direction, or an Arabic date with a year reads "Jan 2024 22" from the right; the anchors stay left to right. */
    unicode-bidi: plaintext;
  }
  .axis .major text {
    fill: var(--_text-color);
    font-weight: 600;
  }
  .grid {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    pointer-events: none;
  }
  .grid path {
    stroke: var(--_grid-color);
  }
  @media (forced-colors: active) {
    .controls button:focus-visible {
        outline-color: Highlight;
      }
    .axis line,
    .grid path {
        stroke: CanvasText;
      }
    /* The axis is an SVG element, whose background and text the browser does not force (a dark theme's stayed, black dates on it). */
    .axis {
      background: Canvas;
    }
    .axis text {
      fill: CanvasText !important;
    }
  }
`;
