import type { ReactiveControllerHost } from 'lit';
import type { TimelineFilter } from '../../core/filter.js';

/**
 * What the controllers read of the element: its public properties. The element is the only
 * implementation; controllers never reach into its private state, only into each other's
 * public fields, in the order the element added them.
 */
export interface TimelineHost extends ReactiveControllerHost, HTMLElement {
  /** Any data the element reads (its own document, TimelineJS, vis-timeline): recognised by its shape. */
  events?: unknown;
  src?: string;
  locale?: string;
  timeZone?: string;
  selected: string | null;
  label?: string;
  start?: string;
  end?: string;
  orientation: 'horizontal' | 'vertical' | 'auto';
  theme?: 'light' | 'dark';
  hashKey?: string;
  filter?: TimelineFilter | null;
  searchable: boolean;
  follow: boolean;
  now: boolean;
  exportable: boolean;
}
