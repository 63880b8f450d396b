import type { ReactiveController } from 'lit';
import { DateTime } from 'luxon';
import type { Reference } from '../../core/model.js';
import { parsePreciseDate } from '../../core/precision.js';
import { luxonZone } from '../../core/zones.js';
import type { TimelineHost } from './host.js';
import type { LocaleController } from './locale-controller.js';

/**
 * The `now` attribute: a reference line at the present moment, titled "today"/"heute". It is
 * drawn anew at each midnight of the display zone (a timer set only while `now` is on and the
 * element is connected), so a page left open overnight moves it to the new day.
 */
export class NowController implements ReactiveController {
  #timer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly host: TimelineHost,
    private readonly locale: LocaleController,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    if (this.host.now && this.host.isConnected && this.#timer === undefined) this.#schedule();
    if (!this.host.now) this.#clear();
  }

  hostDisconnected(): void {
    this.#clear();
  }

  /** The line for now, when `now` is on. */
  reference(): Reference | undefined {
    if (!this.host.now) return undefined;
    const zone = this.locale.displayZone;
    const today = DateTime.now().setZone(luxonZone(zone)).toISODate();
    const date = parsePreciseDate(today ?? '', zone);
    if (!date.ok) return undefined;
    // At the start of today: the line names a day, and moves when the day does.
    return { title: this.locale.messages.today, date: date.value, at: date.value.startMs };
  }

  #schedule(): void {
    const zone = luxonZone(this.locale.displayZone);
    const midnight = DateTime.now().setZone(zone).plus({ days: 1 }).startOf('day').toMillis();
    // Timers over about 24.8 days overflow; a day is well within.
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.host.requestUpdate();
    }, Math.max(1000, midnight - Date.now()));
  }

  #clear(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }
}
