import { css, unsafeCSS } from 'lit';

/**
 * The print layout: no controls, light on paper, the chart scaled to the page and the list of
 * every item under it. The same rules apply under print media (at once, before any script runs)
 * and while the host is in the state `printing` (print-controller.ts: from `beforeprint`, and
 * wherever print media is only reported to script, as in the Print story). Uses only the private
 * tokens (styles.ts), some of them set here to the light palette.
 */
const whilePrinting = css`
  /*
   * Paper is light: whatever theme the page set, text and lines take the light palette. The
   * items' own colours (event, selected, groups) stay, since they tell groups apart. Markers
   * and bands are backgrounds, which browsers leave out on paper unless told to keep them.
   */
  :host(:state(printing)) {
    --_text-color: #1f2328;
    --_muted-color: #48515b;
    --_background: #ffffff;
    --_axis-color: #48515b;
    --_grid-color: #d8dee4;
    --_panel-background: #f6f8fa;
    color-scheme: light;
    print-color-adjust: exact;
    /*
     * Its whole height on paper, whatever height the page gave it on screen (an inline style
     * too: the page's own rules win over the element's unless these are important).
     */
    height: auto !important;
  }
  :host(:state(printing)) .root {
    /* The page's width, for the chart's scale (100cqw). */
    container-type: inline-size;
  }
  :host(:state(printing)) .controls,
  :host(:state(printing)) .filters,
  :host(:state(printing)) .details {
    display: none;
  }
  /*
   * The chart keeps the window shown and the layout made for the screen, scaled down to the
   * width of the page when that is narrower: the ratio of two lengths is the tangent of the
   * angle they span. Nothing is cut at the page's edge, and the layout is not redone for paper.
   */
  :host(:state(printing)) .chart {
    /* (--_chart-width is always written on the chart: without it the zoom would be left at 1.) */
    zoom: min(1, tan(atan2(100cqw, var(--_chart-width))));
    /* Every lane prints; what lies beyond the window is cut at the chart's edge, as on screen. */
    overflow: clip visible;
  }
  /*
   * A chart that fits on a page is not cut in two. Not the vertical layout's: its rail is longer
   * than a page, and a chart that cannot fit was moved whole to the next page, leaving the first
   * with the title alone.
   */
  :host(:state(printing)) .chart.horizontal {
    break-inside: avoid;
  }
`;

/** The list itself is drawn only while printing: its styles need no condition. */
const printList = css`
  .print-list {
    margin: 1em 0 0;
    padding: 0;
    list-style: none;
    overflow-wrap: anywhere;
  }
  .print-list > li {
    margin: 0 0 0.75em;
    break-inside: avoid;
  }
  .print-list .when {
    color: var(--_muted-color);
  }
  .print-list p,
  .print-list ul,
  .print-list blockquote {
    margin: 0.15em 0 0;
  }
  /* On the side a line begins, on a right-to-left page too. */
  .print-list blockquote {
    padding-inline-start: 0.75em;
    border-inline-start: 3px solid var(--_grid-color);
  }
`;

// Under print media the host needs no state: the same rules, for the host itself, as specific
// as `:host([theme='dark'])` (tokens, earlier in the cascade), which would otherwise keep the
// dark palette's pale item colours on paper until the script hears of printing (a PDF made
// without `beforeprint`). (Built from the text, not a css template with a selector in a
// placeholder, which the build's minifier garbles.)
const underPrintMedia = whilePrinting.cssText.replaceAll(':host(:state(printing))', ':host(:is(*,[theme]))');

export const printStyles = unsafeCSS(`@media print{${underPrintMedia}}${whilePrinting.cssText}${printList.cssText}`);
