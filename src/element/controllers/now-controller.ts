import type { ReactiveController } from 'lit';
import type { Reference } from '../../core/model.js';
import { OnDemand } from '../support/on-demand.js';
import { loadBackdrop, type BackdropPart } from '../support/parts.js';
import type { TimelineHost } from './host.js';
import type { LocaleController } from './locale-controller.js';

/**
 * The `now` attribute: a reference line at the present moment, titled "today"/"heute". It is
 * drawn anew at each midnight of the display zone (a timer set only while `now` is on and the
 * element is connected), so a page left open overnight moves it to the new day. Its dates
 * come with the part that draws the line (support/today.ts in parts/backdrop.ts).
 */
export class NowController implements ReactiveController {
  /** Cancels the redraw at the next midnight: set while `now` is on and the element is connected. */
  #cancel?: () => void;
  readonly #part: OnDemand<BackdropPart>;

  constructor(
    private readonly host: TimelineHost,
    private readonly locale: LocaleController,
  ) {
    this.#part = new OnDemand(host, loadBackdrop);
    host.addController(this);
  }

  hostUpdated(): void {
    if (!this.host.now) return this.hostDisconnected();
    // Once its part is here (asking for it updates the element again when it arrives).
    if (this.host.isConnected) {
      this.#cancel ??= this.#part.get()?.atMidnight(this.locale.displayZone, () => {
        this.#cancel = undefined;
        this.host.requestUpdate();
      });
    }
  }

  hostDisconnected(): void {
    this.#cancel?.();
    this.#cancel = undefined;
  }

  /** The line for now, when `now` is on and its part is here (asked for, and drawn when it arrives). */
  reference(): Reference | undefined {
    const part = this.host.now ? this.#part.get() : undefined;
    return part?.todayLine(this.locale.displayZone, this.locale.messages.today);
  }
}
