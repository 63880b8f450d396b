import { css } from 'lit';

/** The vertical layout (render-article.ts): the rail with its ticks and breaks, cards beside it, leader lines. Uses only the private `--_*` tokens (styles.ts). */
export const articleStyles = css`
  /* The vertical layout: a rail on the inline-start side, a card per item beside it. */
  /*
   * An article of hundreds of cards is screens long on a phone: its zoom buttons stay at the top
   * of the screen while it is in view, not only above its first card. They are a bar across the
   * element in its background, which the cards (and an era's tint) pass under whole: three
   * buttons alone over the cards hid words in the middle of the lines beside them.
   */
  .controls:has(+ .chart.vertical) {
    position: sticky;
    top: 0;
    z-index: 4;
    /* As tall as before at rest (4px above the buttons from the room over them), 4px under them. */
    margin-block: -4px 0;
    padding-block: 4px;
    background: var(--_background);
  }
  .rail {
    position: absolute;
    top: 0;
    inset-inline-start: 0;
    border-inline-end: 1px solid var(--_axis-color);
  }
  .rail-layer {
    position: absolute;
    inset: 0;
  }
  .rail-tick {
    position: absolute;
    top: 0;
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
    /* One line, or two where the first tick writes its day above its time (core/ticks.ts). */
    white-space: pre;
    color: var(--_muted-color);
    /* Grid lines run across the whole plot: behind a date, not through its letters (right to left, where the label lies on their way). */
    background: var(--_background);
    /* Never wider than a label may be: a tick's date is short. */
    max-width: var(--_label-width);
  }
  /* At an end of the rail a label turns inward, not cut by the plot's edge (core/rail.ts). */
  .rail-tick.below .rail-tick-label {
    top: 0;
  }
  .rail-tick.above .rail-tick-label {
    /* Its box starts under the tick's 1 px line: the label, of one line or two, ends on that line. */
    top: auto;
    bottom: 1px;
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
    /* The room before the rail (the 64 px gutter, AXIS_GUTTER, less the 10 px the label keeps
       from the rail): "2 Wochen", "11 months" wrap onto two lines rather than being cut at the edge. */
    max-width: 54px;
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
  .leaders path {
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
  .vertical .cluster {
    left: auto;
  }
  @media (forced-colors: active) {
    .leaders path,
    .rail-zigzag polyline {
        stroke: CanvasText;
      }
    /* A card keeps its outline and its edge when backgrounds are forced away. */
    .vertical .event {
        border: 1px solid CanvasText;
      }
    /* A period's edges in the system's colours, as every marker's (events.styles.ts), not its group's. */
    .vertical .event.band .marker {
        color: CanvasText;
      }
    .vertical .event[aria-current='true'].band .marker {
        color: Highlight;
      }
  }
  .vertical .band .marker[data-certainty] {
    mask-image: linear-gradient(to bottom, transparent, #000 12px, #000 calc(100% - 12px), transparent);
  }
  .vertical .band .marker[data-open='end'] {
    mask-image: linear-gradient(to bottom, #000 55%, transparent);
  }
  .vertical .band .marker[data-open='start'] {
    mask-image: linear-gradient(to top, #000 55%, transparent);
  }
`;
