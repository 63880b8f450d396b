import type { TimelineParts } from '../timeline-view.js';
import { Announcer } from '../support/announcer.js';
import { EventNames } from '../support/event-names.js';
import { DataController } from './data-controller.js';
import { FilterController } from './filter-controller.js';
import { HashController } from './hash-controller.js';
import type { TimelineHost } from './host.js';
import { LayoutController } from './layout-controller.js';
import { LocaleController } from './locale-controller.js';
import { NowController } from './now-controller.js';
import { PrintController } from './print-controller.js';
import { SelectionController } from './selection-controller.js';
import { ViewportController } from './viewport-controller.js';

/**
 * Adds the element's controllers to it and returns them. Lit runs controllers in the order
 * they were added, each update, and each reads what the earlier ones worked out: words and
 * zones, data, filter, window, selection, link, "today", print, layout. Each gets only the others
 * it reads; a getter stands for one made later (read at update time, never here).
 */
export function addControllers(
  host: TimelineHost,
  /** For print: the element's internals (its state `printing`) and its update run at once. */
  element: { internals: ElementInternals; flush: () => void },
): TimelineParts {
  const locale: LocaleController = new LocaleController(host, () => data.model);
  const announcer = new Announcer(() => host.requestUpdate());
  const data = new DataController(host, locale, announcer);
  const filter: FilterController = new FilterController(host, { data, locale, announcer });
  const shown = () => filter.shown;
  const names = new EventNames(locale);
  const viewport: ViewportController = new ViewportController(host, locale, {
    model: shown,
    data,
    frame: () => layout.frame,
    zoomingTo: (view) => announcer.say(locale.messages.showing(names.window(view))),
  });
  const selection = new SelectionController(host, { model: shown, locale, viewport, names, announcer });
  const hash = new HashController(host, { model: shown, selection, viewport });
  const now = new NowController(host, locale);
  const print = new PrintController(host, element.internals, element.flush);
  const layout: LayoutController = new LayoutController(host, { model: shown, data, locale, viewport, selection, now: () => now.reference() });
  return { host, locale, data, filter, viewport, selection, hash, layout, print, names, announcer };
}
