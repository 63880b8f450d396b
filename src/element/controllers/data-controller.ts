import type { ReactiveController } from 'lit';
import { toDocument } from '../../core/to-document.js';
import type { TimelineDocument } from '../../core/types.js';
import { TimelineErrorEvent, TimelineLoadEvent } from '../../events.js';
import { DataReader } from '../support/data-reader.js';
import type { TimelineHost } from './host.js';
import type { LocaleController } from './locale-controller.js';

/**
 * The data the element shows: from the `events` property, else `src`, else inline JSON (a
 * child `<script type="application/json">`, watched for edits). Reads in `hostUpdate`, so the
 * model is ready for the viewport and the layout of the same update, and reports each new model
 * or failure once, after it is drawn, as `timeline-load` / `timeline-error`.
 */
export class DataController implements ReactiveController {
  readonly #reader: DataReader;
  #inline?: MutationObserver;

  constructor(
    private readonly host: TimelineHost,
    private readonly locale: LocaleController,
  ) {
    this.#reader = new DataReader(host);
    host.addController(this);
  }

  get model() {
    return this.#reader.model;
  }

  get failure() {
    return this.#reader.failure;
  }

  get loading(): boolean {
    return this.#reader.loading;
  }

  /** The events shown, as an event-timeline document, whatever shape they came in; null before any are read. */
  toDocument(): TimelineDocument | null {
    return this.#reader.model ? toDocument(this.#reader.model) : null;
  }

  hostConnected(): void {
    this.#inline = new MutationObserver(() => this.host.requestUpdate());
    this.#inline.observe(this.host, { childList: true, subtree: true, characterData: true });
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.#inline?.disconnect();
    this.#inline = undefined;
    this.#reader.cancel();
  }

  hostUpdate(): void {
    const host = this.host;
    this.#reader.syncSource(host.src, host.events !== undefined);
    this.#reader.update({
      events: host.events,
      src: host.src,
      inline: () => host.querySelector(':scope > script[type="application/json"]')?.textContent ?? undefined,
      zone: this.locale.readingZone,
      messages: this.locale.messages,
    });
  }

  hostUpdated(): void {
    if (!this.#reader.takeReport()) return;
    const { failure, model } = this.#reader;
    if (failure) this.host.dispatchEvent(new TimelineErrorEvent(failure.message, failure.problems));
    if (model) this.host.dispatchEvent(new TimelineLoadEvent(model.items.length, this.#reader.format ?? 'event-timeline'));
  }
}
