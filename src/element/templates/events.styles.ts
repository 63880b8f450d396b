import { css } from 'lit';

/** The items and "+N" chips (render-events.ts): markers, wrapped labels with their date line, new items (certainty and open ranges: dates.styles.ts). Uses only the private `--_*` tokens (styles.ts). */
export const eventStyles = css`
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
  /*
   * The item a reader picked is drawn over the others at its place: items of one instant share
   * a point of the vertical rail (a range from that day runs over it), and the later in the list
   * would hide its marker in the selected colour; the one with keyboard focus over that, as it
   * is where the reader is now. Only these one or two: a stacking context for each of hundreds
   * of items would cost every frame of a moving view.
   */
  .event[aria-current='true'] {
    z-index: 1;
  }
  .event:focus-visible {
    outline: 2px solid var(--_focus-color);
    outline-offset: 1px;
    z-index: 2;
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
  /* A group's colour comes with the legend (filters.styles.ts): only data with groups has them. */
  .event[aria-current='true'] :is(.marker,.edge) {
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
    background: color-mix(in srgb, currentColor calc(var(--_band-opacity)*100%), transparent);
    border-left: 3px solid currentColor;
  }
  /* The date and the title, as the layout measured and broke them: nothing wraps or clips here. */
  .text {
    position: absolute;
    top: 0;
    white-space: nowrap;
  }
  /* Time runs left to right in any language: a label lines up with its point, on the side nearest it. */
  .horizontal .text {
    text-align: left;
    /*
     * Grid lines pass behind a label, not through its letters: a band's too, where it runs on past
     * the band's end, its tint laid over it (each event is a stacking context: contain).
     */
    background: var(--_background);
  }
  .horizontal .text.before {
    text-align: right;
  }
  .horizontal .band .marker {
    z-index: 1;
  }
  .date {
    /* A line of the list's line height each (the layout may break a long date, text-measure.ts). */
    display: block;
    font-size: 0.8em;
    color: var(--_muted-color);
  }
  .label {
    display: block;
  }
  .event[aria-current='true'] .label {
    /* Not bold: the label keeps the width it was laid out with. */
    color: var(--_selected-color);
    text-decoration: underline;
  }
  /* The chips' layer moves as the events' does: placed on the plot, as the events' list is. */
  .clusters {
    position: absolute;
    top: 0;
    left: 0;
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
  .cluster:focus-visible {
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
    /* The edge has no border (border-style none): its border colour is never drawn. */
    .event[aria-current='true'] :is(.marker,.edge) {
        border-color: Highlight;
        background: Highlight;
      }
    /* A band's marker lies over its title (its tint, above): an outline only, Highlight when selected. */
    .horizontal .band .marker {
        background: transparent;
      }
    .event:focus-visible {
        outline-color: Highlight;
      }
    .edge {
        forced-color-adjust: none;
        background: CanvasText;
      }
  }
  /* Just added by addEvents(): a halo around the marker for a few seconds. */
  .event[data-new] .marker {
    box-shadow: 0 0 0 4px color-mix(in srgb, var(--_selected-color) 45%, transparent);
  }
`;
