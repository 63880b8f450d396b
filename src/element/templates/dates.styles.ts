import { css } from 'lit';

/**
 * Approximate, uncertain and open-ended items (render-events.ts marks them), with the words of
 * such dates in their part (parts/dates.ts): only a model that has one draws them. Uses only
 * the private `--_*` tokens (styles.ts).
 */
export const datesStyles = css`
  /*
   * Approximate or uncertain dates (EDTF ~ ? %) do not look exact: a dashed edge, and a band
   * whose ends fade, so the eye does not read a sharp start or end into them (a range's unsure
   * end alone, below).
   */
  .point .marker[data-certainty] {
    background: var(--_background);
    border: 2px dashed currentColor;
  }
  /* A sheet adopted after events.styles.ts: an item just added keeps its halo. */
  .point:not([data-new]) .marker[data-certainty] {
    box-shadow: none;
  }
  .band .marker[data-certainty] {
    border-left-style: dashed;
    outline: 1px dashed currentColor;
    outline-offset: -1px;
    mask-image: linear-gradient(to right, transparent, #000 12px, #000 calc(100% - 12px), transparent);
  }
  /*
   * A range with one end exact and the other not (date-marks.ts): only the unsure end fades, and
   * the start's edge is solid where the start is known. Down the rail the same, top to bottom.
   */
  .band .marker[data-certainty-start]:not([data-certainty-end]) {
    mask-image: linear-gradient(to right, transparent, #000 12px);
  }
  .band .marker[data-certainty-end]:not([data-certainty-start]) {
    border-left-style: solid;
    mask-image: linear-gradient(to right, #000 calc(100% - 12px), transparent);
  }
  .vertical .band .marker[data-certainty-start]:not([data-certainty-end]) {
    mask-image: linear-gradient(to bottom, transparent, #000 12px);
  }
  .vertical .band .marker[data-certainty-end]:not([data-certainty-start]) {
    mask-image: linear-gradient(to bottom, #000 calc(100% - 12px), transparent);
  }
  /* An open range fades out where it goes on (".."), or in where its start is unknown. */
  .band .marker[data-open='end'] {
    mask-image: linear-gradient(to right, #000 55%, transparent);
  }
  .band .marker[data-open='start'] {
    mask-image: linear-gradient(to left, #000 55%, transparent);
  }
  @media (forced-colors: active) {
    /*
     * Dashed in the system's text colour, as an exact item's marker is solid in it
     * (events.styles.ts), Highlight when selected: not the group's colour, which the legend's
     * sheet gives the marker (a class more than its rule, to come before it in any order).
     */
    .event:is(.point, .band) .marker[data-certainty] {
      color: CanvasText;
    }
    .event[aria-current='true']:is(.point, .band) .marker[data-certainty] {
      color: Highlight;
    }
    /* A ring on the system's background: the theme's, kept by the markers (events.styles.ts), filled it in where it differs. */
    .event.point .marker[data-certainty] {
      background: Canvas;
    }
    /* Its whole dashed outline: faded ends left a few dashes of it (in either layout: .chart outranks article.styles.ts). */
    .chart .event.band .marker[data-certainty] {
      mask-image: none;
      border-style: dashed;
    }
  }
`;
