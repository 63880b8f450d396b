import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { ArgTypes } from '@storybook/web-components-vite';
import type { EventTimeline, TimelineFilter } from '../../src/index.js';

/**
 * The args of every story: one per attribute and property of `<event-timeline>` (the
 * manifest adds their descriptions and types), plus a handler per DOM event, which the
 * actions panel shows.
 */
export interface TimelineArgs {
  events?: EventTimeline['events'];
  src?: string;
  locale?: string;
  'time-zone'?: string;
  timeZone?: string;
  selected?: string | null;
  label?: string;
  start?: string;
  end?: string;
  orientation?: 'horizontal' | 'vertical' | 'auto';
  theme?: 'light' | 'dark';
  'hash-key'?: string;
  searchable?: boolean;
  follow?: boolean;
  now?: boolean;
  exportable?: boolean;
  filter?: TimelineFilter;
  onTimelineFilterChange?: (e: Event) => void;
  onTimelineLoad?: (e: Event) => void;
  onTimelineSelect?: (e: Event) => void;
  onTimelineError?: (e: Event) => void;
  onTimelineRangeChange?: (e: Event) => void;
}

const zones = ['UTC', 'Europe/Berlin', 'America/New_York', 'Asia/Tokyo', 'Asia/Kolkata', 'Pacific/Chatham', 'Asia/Jerusalem'];

/** Controls for every attribute and property; descriptions and defaults come from custom-elements.json. */
export const timelineArgTypes: Partial<ArgTypes<TimelineArgs>> = {
  events: { control: 'object' },
  src: { control: 'text' },
  locale: { control: 'select', options: ['en', 'en-GB', 'de', 'ar', 'he', 'fr', 'es', 'it', 'ja', 'nl', 'pl', 'pt-BR', 'ru', 'uk', 'zh-CN', 'zh-TW'] },
  'time-zone': { control: 'select', options: zones },
  timeZone: { control: 'select', options: zones },
  selected: { control: 'text' },
  label: { control: 'text' },
  start: { control: 'text' },
  end: { control: 'text' },
  orientation: { control: 'inline-radio', options: ['auto', 'horizontal', 'vertical'] },
  theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
  'hash-key': { control: 'text' },
  searchable: { control: 'boolean' },
  follow: { control: 'boolean' },
  now: { control: 'boolean' },
  exportable: { control: 'boolean' },
  filter: { control: 'object' },
};

/** Renders the element from args the way a page would write it: attributes, and `events` as a property. */
export function renderTimeline(args: TimelineArgs): TemplateResult {
  return html`<event-timeline
    .events=${args.events}
    src=${ifDefined(args.src || undefined)}
    locale=${ifDefined(args.locale || undefined)}
    time-zone=${ifDefined(args['time-zone'] || undefined)}
    .timeZone=${args.timeZone || args['time-zone'] || undefined}
    selected=${args.selected || nothing}
    label=${ifDefined(args.label || undefined)}
    start=${ifDefined(args.start || undefined)}
    end=${ifDefined(args.end || undefined)}
    orientation=${ifDefined(args.orientation || undefined)}
    theme=${ifDefined(args.theme || undefined)}
    hash-key=${ifDefined(args['hash-key'] || undefined)}
    ?searchable=${args.searchable ?? false}
    ?follow=${args.follow ?? false}
    ?now=${args.now ?? false}
    ?exportable=${args.exportable ?? false}
    .filter=${args.filter}
    @timeline-filter-change=${args.onTimelineFilterChange}
    @timeline-load=${args.onTimelineLoad}
    @timeline-range-change=${args.onTimelineRangeChange}
    @timeline-select=${args.onTimelineSelect}
    @timeline-error=${args.onTimelineError}
  ></event-timeline>`;
}

/** The rendered element of a story. */
export function timelineIn(canvasElement: HTMLElement): EventTimeline {
  const el = canvasElement.querySelector('event-timeline');
  if (!el) throw new Error('the story rendered no <event-timeline>');
  return el;
}

/** The element's shadow root, typed for testing-library's `within`. */
export function shadowOf(el: EventTimeline): HTMLElement {
  return el.shadowRoot as unknown as HTMLElement;
}

/** Resolves when the element has drawn its data (or right away if it already has). */
export async function drawn(el: EventTimeline, timeoutMs = 10000): Promise<void> {
  const start = Date.now();
  while (!el.shadowRoot?.querySelector('[part~="events"], [part~="empty"], [part~="error"]')) {
    if (Date.now() - start > timeoutMs) throw new Error('the timeline did not draw in time');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  await el.updateComplete;
}
