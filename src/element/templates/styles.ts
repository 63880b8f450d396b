import { css } from 'lit';

/**
 * Public tokens are read once here, with their defaults, into private `--_*` properties;
 * everything below uses only the private ones. Setting a token on the element or on any
 * ancestor themes it.
 */
export const tokens = css`
  :host {
    /* light-dark() picks by the used colour scheme: the page's preference, or the theme attribute. */
    color-scheme: light dark;
    --_font-family: var(--timeline-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_font-size: var(--timeline-font-size, 14px);
    --_text-color: var(--timeline-text-color, light-dark(#1f2328, #e6edf3));
    --_muted-color: var(--timeline-muted-color, light-dark(#57606a, #9da7b3));
    --_background: var(--timeline-background, light-dark(#ffffff, #0d1117));
    --_axis-color: var(--timeline-axis-color, light-dark(#57606a, #9da7b3));
    --_grid-color: var(--timeline-grid-color, light-dark(#d8dee4, #30363d));
    --_event-color: var(--timeline-event-color, light-dark(#0a5cc2, #58a6ff));
    --_selected-color: var(--timeline-selected-color, light-dark(#b0300b, #ffa27a));
    --_band-opacity: var(--timeline-band-opacity, 0.22);
    --_focus-color: var(--timeline-focus-color, light-dark(#0a5cc2, #79c0ff));
    --_panel-background: var(--timeline-panel-background, light-dark(#f6f8fa, #161b22));
    --_link-color: var(--timeline-link-color, light-dark(#0a5cc2, #79c0ff));
    --_error-color: var(--timeline-error-color, light-dark(#b42318, #ff7b72));
    --_radius: var(--timeline-radius, 6px);
    /* Read by the layout (text-measure.ts): how wide a label's lines may be. */
    --_label-width: var(--timeline-label-width, 18em);
    --_group-1: var(--timeline-group-1-color, var(--_event-color));
    --_group-2: var(--timeline-group-2-color, var(--_event-color));
    --_group-3: var(--timeline-group-3-color, var(--_event-color));
    --_group-4: var(--timeline-group-4-color, var(--_event-color));
    --_group-5: var(--timeline-group-5-color, var(--_event-color));
    --_group-6: var(--timeline-group-6-color, var(--_event-color));
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
`;

export const styles = css`
  :host {
    display: block;
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
  .chart {
    position: relative;
    overflow: hidden;
    touch-action: none;
    cursor: grab;
  }
  /*
   * Given a height by the page, the element keeps its axis in view and the plot scrolls
   * inside it; given none, it grows to fit its lanes.
   */
  .root {
    display: flex;
    flex-direction: column;
    height: 100%;
  }
  .root > * {
    flex: none;
  }
  .root > .chart {
    flex: 0 1 auto;
    min-height: 0;
    overflow-y: auto;
  }
  .chart.horizontal .axis {
    position: sticky;
    top: 0;
    z-index: 1;
    background: var(--_background);
  }
  .plot {
    position: relative;
    contain: layout style;
    /* An item kept for its tab stop beyond the view never makes the chart scroll; focus rings still show. */
    overflow: clip;
    overflow-clip-margin: 4px;
  }
  .controls {
    display: flex;
    justify-content: flex-end;
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
  .axis {
    display: block;
    width: 100%;
    overflow: visible;
  }
  .axis line {
    stroke: var(--_axis-color);
  }
  .axis text {
    fill: var(--_muted-color);
    font-size: 0.8em;
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
  .grid line {
    stroke: var(--_grid-color);
  }
  .events {
    /* The layout's own value is set on the list; this is what it starts from. */
    --_line-height: 1.35em;
    position: relative;
    margin: 0;
    padding: 0;
  }
  .row-label {
    position: absolute;
    left: 0;
    margin: 0;
    padding: 0 4px;
    font-size: 0.8em;
    font-weight: 600;
    color: var(--_muted-color);
    white-space: nowrap;
  }
  .row-rule {
    position: absolute;
    left: 0;
    right: 0;
    border-top: 1px solid var(--_grid-color);
  }
  .event {
    position: absolute;
    top: 0;
    left: 0;
    /* Its size is set from the layout: moving or changing one event never lays out another. */
    contain: layout size style;
    cursor: pointer;
    outline: none;
    border-radius: var(--_radius);
  }
  .event:focus-visible {
    outline: 2px solid var(--_focus-color);
    outline-offset: 1px;
  }
  /*
   * The marker's colour is its color, not a custom property on each event: an element that
   * declares a custom property gets its own copy of all of them, which makes restyling the
   * hundreds of events a moving view touches per frame several times slower.
   */
  .marker,
  .edge {
    position: absolute;
    color: var(--_event-color);
    background: currentColor;
  }
  .event[data-group-index='1'] :is(.marker, .edge) {
    color: var(--_group-1);
  }
  .event[data-group-index='2'] :is(.marker, .edge) {
    color: var(--_group-2);
  }
  .event[data-group-index='3'] :is(.marker, .edge) {
    color: var(--_group-3);
  }
  .event[data-group-index='4'] :is(.marker, .edge) {
    color: var(--_group-4);
  }
  .event[data-group-index='5'] :is(.marker, .edge) {
    color: var(--_group-5);
  }
  .event[data-group-index='6'] :is(.marker, .edge) {
    color: var(--_group-6);
  }
  .event[aria-current='true'] :is(.marker, .edge) {
    color: var(--_selected-color);
  }
  .point .marker {
    height: 12px;
    margin-top: -6px;
    border-radius: 50%;
    border: 2px solid var(--_background);
    box-shadow: 0 0 0 1px currentColor;
  }
  .band .marker {
    top: 0;
    bottom: 0;
    border-radius: 3px;
    background: color-mix(in srgb, currentColor calc(var(--_band-opacity) * 100%), transparent);
    border-left: 3px solid currentColor;
  }
  /* The date and the title, as the layout measured and broke them: nothing wraps or clips here. */
  .text {
    position: absolute;
    top: 0;
    line-height: var(--_line-height);
    white-space: nowrap;
  }
  /* Time runs left to right in any language: a label lines up with its point, on the side nearest it. */
  .horizontal .text {
    text-align: left;
  }
  .horizontal .text.before {
    text-align: right;
  }
  /* Grid lines pass behind a point's label, not through its letters. */
  .horizontal .point .text {
    background: var(--_background);
  }
  .date {
    display: block;
    height: var(--_line-height);
    font-size: 0.8em;
    line-height: var(--_line-height);
    color: var(--_muted-color);
  }
  .label {
    display: block;
  }
  .line {
    display: block;
    white-space: nowrap;
  }
  .event[aria-current='true'] .label {
    /* Not bold: the label keeps the width it was laid out with. */
    color: var(--_selected-color);
    text-decoration: underline;
  }
  /* The vertical layout: a rail on the inline-start side, a card per item beside it. */
  /* A phone scrolls through the article with one finger; two pinch to zoom (zoom-controller.ts). */
  .chart.vertical {
    touch-action: pan-y;
  }
  .rail {
    position: absolute;
    top: 0;
    inset-inline-start: 0;
    border-inline-end: 1px solid var(--_axis-color);
  }
  .rail-tick {
    position: absolute;
    inset-inline-end: -1px;
    width: 7px;
    border-top: 1px solid var(--_axis-color);
  }
  .rail-tick-label {
    position: absolute;
    inset-inline-end: 10px;
    top: -0.7em;
    font-size: 0.8em;
    line-height: 1.4em;
    white-space: nowrap;
    color: var(--_muted-color);
    /* Never wider than a label may be: a tick's date is short. */
    max-width: var(--_label-width);
  }
  .rail-tick.major .rail-tick-label {
    color: var(--_text-color);
    font-weight: 600;
  }
  /* Where an empty stretch is cut short: the rail turns into a zig-zag, labelled with its length. */
  .rail-break {
    position: absolute;
    inset-inline-end: -6.5px;
    width: 12px;
    background: var(--_background);
  }
  .rail-zigzag {
    display: block;
    overflow: visible;
  }
  .rail-zigzag polyline {
    fill: none;
    stroke: var(--_axis-color);
    stroke-width: 1.5;
  }
  .rail-break-label {
    position: absolute;
    inset-inline-end: 16px;
    top: 50%;
    transform: translateY(-50%);
    width: max-content;
    max-width: calc(var(--_label-width) / 3);
    font-size: 0.8em;
    font-style: italic;
    line-height: 1.2;
    text-align: end;
    color: var(--_muted-color);
  }
  .leaders {
    position: absolute;
    top: 0;
    left: 0;
    width: 100%;
    pointer-events: none;
    overflow: visible;
  }
  .leaders line {
    stroke: var(--_axis-color);
    stroke-width: 1;
  }
  :host(:dir(rtl)) .leaders {
    transform: scaleX(-1);
  }
  .vertical .event {
    left: auto;
    background: var(--_panel-background);
  }
  .vertical .edge {
    top: 0;
    bottom: 0;
    inset-inline-start: 0;
    width: 3px;
    border-start-start-radius: var(--_radius);
    border-end-start-radius: var(--_radius);
  }
  .vertical .text {
    inset-inline-start: 10px;
    top: 4px;
  }
  .vertical .marker {
    width: 12px;
  }
  .vertical .point .marker {
    /* Placement already centres the point on its time along the rail. */
    margin-top: 0;
  }
  .vertical .band .marker {
    top: auto;
    bottom: auto;
    width: 6px;
    border-left: none;
    border-top: 3px solid currentColor;
    /* A thin period beside the rail still reads as a period: an edge along its length. */
    border-inline-start: 2px solid currentColor;
    border-start-start-radius: 0;
    border-end-start-radius: 0;
  }
  .cluster {
    position: absolute;
    top: 0;
    left: 0;
    padding: 0;
    border: 1px solid var(--_event-color);
    border-radius: 999px;
    background: var(--_background);
    color: var(--_text-color);
    font: inherit;
    font-size: 0.8em;
    cursor: zoom-in;
  }
  .vertical .cluster {
    left: auto;
  }
  .cluster:focus-visible {
    outline: 2px solid var(--_focus-color);
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
    color: var(--_text-color);
  }
  .error ul {
    margin: 0.25em 0 0;
    padding-left: 1.25em;
  }
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
    z-index: 2;
    max-height: min(50vh, 32em);
    overflow: auto;
    overscroll-behavior: contain;
    margin-top: 0.75em;
    padding: 0.75em 2.5em 0.75em 1em;
    border-radius: var(--_radius);
    background: var(--_panel-background);
    box-shadow: 0 -2px 10px rgb(0 0 0 / 0.12);
    overflow-wrap: anywhere;
    min-width: 0;
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
  .details .piece {
    /* A piece of a very long text: laid out only when it scrolls into the panel's view. */
    display: block;
    content-visibility: auto;
    contain-intrinsic-size: auto 12em;
  }
  .error {
    overflow-wrap: anywhere;
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
  .filters {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 6px 12px;
    margin-bottom: 6px;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 4px;
  }
  .legend-item {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    padding: 0.15em 0.6em;
    border: 1px solid var(--_grid-color);
    border-radius: 999px;
    background: var(--_background);
    color: var(--_text-color);
    font: inherit;
    font-size: 0.85em;
    cursor: pointer;
  }
  .legend-item[aria-pressed='false'] {
    color: var(--_muted-color);
    text-decoration: line-through;
  }
  .legend-item .swatch {
    width: 0.8em;
    height: 0.8em;
    border-radius: 50%;
    color: var(--_event-color);
    background: currentColor;
  }
  .legend-item[aria-pressed='false'] .swatch {
    background: transparent;
    box-shadow: inset 0 0 0 2px currentColor;
  }
  .legend-item[data-group-index='1'] .swatch {
    color: var(--_group-1);
  }
  .legend-item[data-group-index='2'] .swatch {
    color: var(--_group-2);
  }
  .legend-item[data-group-index='3'] .swatch {
    color: var(--_group-3);
  }
  .legend-item[data-group-index='4'] .swatch {
    color: var(--_group-4);
  }
  .legend-item[data-group-index='5'] .swatch {
    color: var(--_group-5);
  }
  .legend-item[data-group-index='6'] .swatch {
    color: var(--_group-6);
  }
  .legend-item:focus-visible,
  .search:focus-visible {
    outline: 2px solid var(--_focus-color);
    outline-offset: 1px;
  }
  .search {
    flex: 1 1 12em;
    max-width: 24em;
    min-width: 0;
    padding: 0.3em 0.6em;
    border: 1px solid var(--_axis-color);
    border-radius: var(--_radius);
    background: var(--_background);
    color: var(--_text-color);
    font: inherit;
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
    .marker,
    .point .marker,
    .band .marker {
      forced-color-adjust: none;
      background: Canvas;
      border: 2px solid CanvasText;
      box-shadow: none;
    }
    .point .marker {
      background: CanvasText;
    }
    .event[aria-current='true'] .marker {
      border-color: Highlight;
      background: Highlight;
    }
    .event:focus-visible,
    .controls button:focus-visible,
    .close:focus-visible {
      outline-color: Highlight;
    }
    .axis line,
    .grid line,
    .leaders line,
    .rail-zigzag polyline {
      stroke: CanvasText;
    }
    /* A card keeps its outline and its edge when backgrounds are forced away. */
    .vertical .event {
      border: 1px solid CanvasText;
    }
    .edge {
      forced-color-adjust: none;
      background: CanvasText;
    }
    .event[aria-current='true'] .edge {
      background: Highlight;
    }
    .axis text {
      fill: CanvasText;
    }
  }
  /*
   * Approximate or uncertain dates (EDTF ~ ? %) do not look exact: a dashed edge, and a band
   * whose ends fade, so the eye does not read a sharp start or end into them.
   */
  .point .marker[data-certainty] {
    background: var(--_background);
    border: 2px dashed currentColor;
    box-shadow: none;
  }
  .band .marker[data-certainty] {
    border-left-style: dashed;
    outline: 1px dashed currentColor;
    outline-offset: -1px;
    mask-image: linear-gradient(to right, transparent, #000 12px, #000 calc(100% - 12px), transparent);
  }
  .vertical .band .marker[data-certainty] {
    mask-image: linear-gradient(to bottom, transparent, #000 12px, #000 calc(100% - 12px), transparent);
  }
  /*
   * Eras and reference lines: bands and lines behind the items (no pointer events, no text),
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
    background: color-mix(in srgb, var(--_muted-color) 12%, transparent);
    border-inline-start: 1px solid color-mix(in srgb, var(--_muted-color) 45%, transparent);
  }
  .era.shade-1 {
    background: color-mix(in srgb, var(--_muted-color) 7%, transparent);
  }
  .era.shade-2 {
    background: color-mix(in srgb, var(--_event-color) 8%, transparent);
  }
  .vertical .era {
    top: auto;
    bottom: auto;
    left: 0;
    right: 0;
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
    left: 0;
    right: 0;
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
    .reference {
      border-color: CanvasText;
    }
  }
  /* An open range fades out where it goes on (".."), or in where its start is unknown. */
  .band .marker[data-open='end'] {
    mask-image: linear-gradient(to right, #000 55%, transparent);
  }
  .band .marker[data-open='start'] {
    mask-image: linear-gradient(to left, #000 55%, transparent);
  }
  .vertical .band .marker[data-open='end'] {
    mask-image: linear-gradient(to bottom, #000 55%, transparent);
  }
  .vertical .band .marker[data-open='start'] {
    mask-image: linear-gradient(to top, #000 55%, transparent);
  }
  /* Just added by addEvents(): a halo around the marker for a few seconds. */
  .event[data-new] .marker {
    box-shadow: 0 0 0 4px color-mix(in srgb, var(--_selected-color) 45%, transparent);
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
