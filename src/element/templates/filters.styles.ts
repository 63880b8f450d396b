import { css } from 'lit';

/**
 * The legend of groups and the search field (render-filters.ts), and in the chart the groups'
 * colours and the headings of their rows (render-events.ts): only data with groups has them,
 * and its first picture waits for this part. Uses only the private `--_*` tokens (styles.ts).
 */
export const filterStyles = css`
  /*
   * Six colours a reader tells apart (at least 34 CIE76 ΔE from each other and from the selection's),
   * each at 4.8:1 or more against the background in both schemes: the first is the events' colour.
   */
  :host {
    --_group-1: var(--timeline-group-1-color, var(--_event-color));
    --_group-2: var(--timeline-group-2-color, light-dark(#1a7f37, #3fb950));
    --_group-3: var(--timeline-group-3-color, light-dark(#8250df, #bc8cff));
    --_group-4: var(--timeline-group-4-color, light-dark(#9a6700, #d29922));
    --_group-5: var(--timeline-group-5-color, light-dark(#bf3989, #f778ba));
    --_group-6: var(--timeline-group-6-color, light-dark(#1b7c83, #39c5cf));
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
    /* A name of one long word wraps inside the element rather than push the page sideways. */
    max-width: 100%;
    overflow-wrap: anywhere;
    text-align: start;
  }
  .legend-item[aria-pressed='false'] {
    color: var(--_muted-color);
    text-decoration: line-through;
  }
  /* A group's colour dot: in the legend, and beside the group's name in the details panel. */
  .swatch {
    display: inline-block;
    flex-shrink: 0;
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
  .legend-item[data-group-index='1'] .swatch,
  .event[data-group-index='1'] :is(.marker, .edge) {
    color: var(--_group-1);
  }
  .legend-item[data-group-index='2'] .swatch,
  .event[data-group-index='2'] :is(.marker, .edge) {
    color: var(--_group-2);
  }
  .legend-item[data-group-index='3'] .swatch,
  .event[data-group-index='3'] :is(.marker, .edge) {
    color: var(--_group-3);
  }
  .legend-item[data-group-index='4'] .swatch,
  .event[data-group-index='4'] :is(.marker, .edge) {
    color: var(--_group-4);
  }
  .legend-item[data-group-index='5'] .swatch,
  .event[data-group-index='5'] :is(.marker, .edge) {
    color: var(--_group-5);
  }
  .legend-item[data-group-index='6'] .swatch,
  .event[data-group-index='6'] :is(.marker, .edge) {
    color: var(--_group-6);
  }
  /*
   * An item of no group, among groups, in the muted colour: in the events' colour it read as one
   * of the first group (whose colour that is), in the row under the last group's.
   */
  .event:not([data-group-index]) :is(.marker, .edge) {
    color: var(--_muted-color);
  }
  /*
   * Forced colours drop a dot's background and a hidden group's ring (a shadow): both drawn in
   * the system's text colour instead (the markers have no group colours there either).
   */
  @media (forced-colors: active) {
    .swatch {
      forced-color-adjust: none;
      color: CanvasText !important;
    }
  }
  /* This sheet comes after events.styles.ts: the selected item keeps its colour over its group's. */
  .event[aria-current='true'] :is(.marker, .edge) {
    color: var(--_selected-color);
  }
  .legend-item:focus-visible,
  .search:focus-visible {
    outline: 2px solid var(--_focus-color);
    outline-offset: 1px;
  }
  /* The browser's grey is 4.1:1 on the dark background: the muted text colour reads in both schemes. */
  .search::placeholder {
    color: var(--_muted-color);
    opacity: 1;
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
  /* The headings of the group rows, drawn only for data with groups. */
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
`;
