import { html, type TemplateResult } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';

/** A theme is nothing but values for the element's public CSS custom properties. */
export type Theme = Record<`--timeline-${string}`, string>;

export const themes = {
  default: {} as Theme,
  dark: {
    '--timeline-background': '#0d1117',
    '--timeline-text-color': '#e6edf3',
    '--timeline-muted-color': '#a7b1bd',
    '--timeline-axis-color': '#a7b1bd',
    '--timeline-grid-color': '#30363d',
    '--timeline-event-color': '#58a6ff',
    '--timeline-selected-color': '#ffa657',
    '--timeline-focus-color': '#79c0ff',
    '--timeline-panel-background': '#161b22',
    '--timeline-link-color': '#79c0ff',
    '--timeline-error-color': '#ff7b72',
    // The groups' colours too: their defaults follow the reader's colour scheme, not this background.
    '--timeline-group-2-color': '#3fb950',
    '--timeline-group-3-color': '#bc8cff',
    '--timeline-group-4-color': '#d29922',
    '--timeline-group-5-color': '#f778ba',
    '--timeline-group-6-color': '#39c5cf',
  } satisfies Theme,
  highContrast: {
    '--timeline-background': '#000000',
    '--timeline-text-color': '#ffffff',
    '--timeline-muted-color': '#ffffff',
    '--timeline-axis-color': '#ffffff',
    '--timeline-grid-color': '#8a8a8a',
    '--timeline-event-color': '#ffff00',
    '--timeline-selected-color': '#00ffff',
    // A band's fill lies over its title: more than about 0.3 of a strong colour lowers the title's contrast below 4.5:1.
    '--timeline-band-opacity': '0.3',
    '--timeline-focus-color': '#ff00ff',
    '--timeline-panel-background': '#000000',
    '--timeline-link-color': '#ffff00',
    '--timeline-error-color': '#ff6b6b',
    '--timeline-group-2-color': '#00ff00',
    '--timeline-group-3-color': '#ff80ff',
    '--timeline-group-4-color': '#ffa500',
    '--timeline-group-5-color': '#80c0ff',
    '--timeline-group-6-color': '#ff8080',
    '--timeline-font-size': '16px',
    '--timeline-radius': '0',
  } satisfies Theme,
  brand: {
    '--timeline-font-family': "Georgia, 'Times New Roman', serif",
    '--timeline-font-size': '15px',
    '--timeline-background': '#fffaf3',
    '--timeline-text-color': '#2b1d0e',
    '--timeline-muted-color': '#6b4f2a',
    '--timeline-axis-color': '#6b4f2a',
    '--timeline-grid-color': '#ead9c0',
    '--timeline-event-color': '#0f6e5f',
    '--timeline-selected-color': '#8e1d33',
    '--timeline-band-opacity': '0.3',
    '--timeline-focus-color': '#a3223a',
    '--timeline-panel-background': '#f6ead8',
    '--timeline-link-color': '#0f5d50',
    '--timeline-radius': '12px',
  } satisfies Theme,
} as const;

/** The CSS a page would write for a theme, from the same values the story applies. */
export function themeCss(theme: Theme, selector = 'event-timeline'): string {
  const lines = Object.entries(theme).map(([name, value]) => `  ${name}: ${value};`);
  return lines.length === 0 ? `/* No custom properties: the defaults. */\n${selector} {}` : `${selector} {\n${lines.join('\n')}\n}`;
}

/** The story shows the timeline in a themed container, and below it the CSS that themed it. */
export function themed(theme: Theme, story: TemplateResult): TemplateResult {
  const surround = theme['--timeline-background'] ?? '#ffffff';
  return html`<div style=${styleMap({ ...theme, background: surround, padding: '16px' })}>${story}</div>
    <figure style="margin: 16px 0 0; font: 13px/1.5 ui-monospace, monospace; color: #1f2328; background: #f6f8fa; padding: 8px 12px; border-radius: 6px">
      <figcaption style="font-weight: 600">The CSS of this theme</figcaption>
      <pre style="margin: 4px 0 0; white-space: pre-wrap"><code>${themeCss(theme, '.my-page event-timeline')}</code></pre>
    </figure>`;
}
