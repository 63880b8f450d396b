import { css } from 'lit';

/**
 * Public tokens are read once here, with their defaults, into private `--_*` properties;
 * everything below uses only the private ones. Setting a token on the element or on any
 * ancestor themes it.
 */
export const tokens = css`
  :host {
    --_font-family: var(--timeline-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_font-size: var(--timeline-font-size, 14px);
    --_text-color: var(--timeline-text-color, #1f2328);
    --_muted-color: var(--timeline-muted-color, #57606a);
    --_background: var(--timeline-background, #ffffff);
    --_axis-color: var(--timeline-axis-color, #57606a);
    --_grid-color: var(--timeline-grid-color, #d8dee4);
    --_event-color: var(--timeline-event-color, #0a5cc2);
    --_selected-color: var(--timeline-selected-color, #b0300b);
    --_band-opacity: var(--timeline-band-opacity, 0.22);
    --_focus-color: var(--timeline-focus-color, #0a5cc2);
    --_panel-background: var(--timeline-panel-background, #f6f8fa);
    --_link-color: var(--timeline-link-color, #0a5cc2);
    --_error-color: var(--timeline-error-color, #b42318);
    --_radius: var(--timeline-radius, 6px);
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
    cursor: pointer;
    outline: none;
    border-radius: var(--_radius);
  }
  .event:focus-visible {
    outline: 2px solid var(--_focus-color);
    outline-offset: 1px;
  }
  .marker {
    position: absolute;
    top: 50%;
    background: var(--_event-color);
  }
  .point .marker {
    height: 12px;
    margin-top: -6px;
    border-radius: 50%;
    border: 2px solid var(--_background);
    box-shadow: 0 0 0 1px var(--_event-color);
  }
  .band .marker {
    top: 3px;
    bottom: 3px;
    border-radius: 3px;
    background: color-mix(in srgb, var(--_event-color) calc(var(--_band-opacity) * 100%), transparent);
    border-left: 3px solid var(--_event-color);
  }
  .event[aria-current='true'] .marker {
    background: var(--_selected-color);
    box-shadow: 0 0 0 1px var(--_selected-color);
  }
  .band[aria-current='true'] .marker {
    background: color-mix(in srgb, var(--_selected-color) calc(var(--_band-opacity) * 100%), transparent);
    border-left-color: var(--_selected-color);
  }
  .label {
    position: absolute;
    top: 50%;
    transform: translateY(-50%);
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
    line-height: 1.3;
  }
  .event[aria-current='true'] .label {
    /* Not bold: the label keeps the width it was laid out with. */
    color: var(--_selected-color);
    text-decoration: underline;
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
  .details {
    position: relative;
    margin-top: 0.75em;
    padding: 0.75em 2.5em 0.75em 1em;
    border-radius: var(--_radius);
    background: var(--_panel-background);
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
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
`;
