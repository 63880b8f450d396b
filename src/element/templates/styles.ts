import { css } from 'lit';
import { baseStyles } from './base.styles.js';
import { chartStyles } from './chart.styles.js';
import { eventStyles } from './events.styles.js';
import { printStyles } from './print.styles.js';

/**
 * Public tokens are read once here, with their defaults, into private `--_*` properties;
 * everything below uses only the private ones. Setting a token on the element or on any
 * ancestor themes it.
 */
export const tokens = css`
  :host {
    /* light-dark() picks by the used colour scheme: the page's preference, or the theme attribute. */
    color-scheme: light dark;
    /* Written without a space after a comma: the minifier keeps a custom property's value as it is (16 bytes). */
    --_font-family: var(--timeline-font-family,system-ui,-apple-system,'Segoe UI',Roboto,sans-serif);
    --_font-size: var(--timeline-font-size,max(14px,.875rem));
    --_text-color: var(--timeline-text-color,light-dark(#1f2328,#e6edf3));
    --_muted-color: var(--timeline-muted-color,light-dark(#48515b,#a7b1bd));
    --_background: var(--timeline-background,light-dark(#ffffff,#0d1117));
    --_axis-color: var(--timeline-axis-color,light-dark(#48515b,#a7b1bd));
    --_grid-color: var(--timeline-grid-color,light-dark(#d8dee4,#30363d));
    --_event-color: var(--timeline-event-color,light-dark(#0a5cc2,#58a6ff));
    --_selected-color: var(--timeline-selected-color,light-dark(#a82d0a,#ffa27a));
    --_band-opacity: var(--timeline-band-opacity,0.22);
    --_focus-color: var(--timeline-focus-color,light-dark(#0a5cc2,#79c0ff));
    --_panel-background: var(--timeline-panel-background,light-dark(#f6f8fa,#161b22));
    --_link-color: var(--timeline-link-color,light-dark(#0a5cc2,#79c0ff));
    --_error-color: var(--timeline-error-color,light-dark(#b42318,#ff7b72));
    --_radius: var(--timeline-radius,6px);
    /* Read by the layout (text-measure.ts): how wide a label's lines may be. */
    --_label-width: var(--timeline-label-width,18em);
    /* The groups' colours are read with the legend (filters.styles.ts): only data with groups uses them. */
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
`;

/**
 * Every template's own styles, in cascade order: later ones refine earlier ones. Those of the
 * parts loaded on demand come after them, when first drawn: the vertical layout
 * (article.styles.ts, element/parts/article.ts, which refines the items' styles), the legend
 * and search (filters.styles.ts), eras and reference lines (backdrop.styles.ts) and the details
 * panel (details.styles.ts); their selectors are their own. The print styles (print.styles.ts)
 * come last here, and win over those parts by their `:host(…)` selectors.
 */
export const styles = [baseStyles, chartStyles, eventStyles, printStyles];

