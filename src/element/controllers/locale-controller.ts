import type { ReactiveController } from 'lit';
import { messagesFor, type Messages } from '../../core/messages.js';
import type { TimelineModel } from '../../core/model.js';
import { isKnownZone, viewerZone } from '../../core/zones.js';
import type { TimelineHost } from './host.js';

/**
 * The language and zones the element writes in, worked out once per update from the
 * `locale` and `time-zone` attributes, the page's `lang`, the browser and the document.
 */
export class LocaleController implements ReactiveController {
  locale = 'en';
  messages: Messages = messagesFor('en');

  constructor(
    private readonly host: TimelineHost,
    /** The model last read: its own zone wins for reading and loses to the attribute for display. */
    private readonly model: () => TimelineModel | undefined,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    const lang = this.host.closest('[lang]')?.getAttribute('lang');
    const locale = this.host.locale || lang || document.documentElement.lang || navigator.language || 'en';
    if (locale !== this.locale) {
      this.locale = locale;
      this.messages = messagesFor(locale);
    }
  }

  /** The `time-zone` attribute when it names a zone this browser knows. */
  get validZone(): string | undefined {
    return isKnownZone(this.host.timeZone) ? this.host.timeZone : undefined;
  }

  /** The zone for reading dates without an offset, or why the attribute's zone cannot be used. */
  get readingZone(): string | { error: string } {
    const named = this.host.timeZone;
    if (named && !this.validZone) return { error: `Unknown time zone "${named}" in the time-zone attribute.` };
    return this.validZone ?? viewerZone();
  }

  /** The zone the axis is drawn in and times are shown in. */
  get displayZone(): string {
    return this.validZone ?? this.model()?.timeZone ?? viewerZone();
  }

  /** The zone dates without an offset are read in (after the document's own). */
  get readZone(): string {
    return this.model()?.timeZone ?? this.validZone ?? viewerZone();
  }
}
