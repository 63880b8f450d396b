import { DateTime } from 'luxon';
import { formatWhen } from '../core/format.js';
import type { Messages } from '../core/messages.js';
import type { TimelineItem } from '../core/model.js';
import type { PlacedCluster } from '../core/placement.js';

/**
 * What screen readers hear for each event ("October 2024: Troops sent") and each "+N" chip,
 * formatted once per event for a locale and zone: luxon's formatting is slow, and only the
 * events that are drawn ever need a name.
 */
export class EventNames {
  #names = new Map<TimelineItem, string>();
  #key = '';

  constructor(private readonly settings: () => { locale: string; zone: string; messages: Messages }) {}

  /** The event's date at its precision. */
  when(item: TimelineItem): string {
    const { locale, zone } = this.settings();
    return formatWhen(item.from, item.to, locale, zone);
  }

  /** The event's date and title. */
  name(item: TimelineItem): string {
    const { locale, zone } = this.settings();
    const key = `${locale}|${zone}`;
    if (key !== this.#key) {
      this.#names = new Map();
      this.#key = key;
    }
    let name = this.#names.get(item);
    if (name === undefined) {
      name = `${this.when(item)}: ${item.title}`;
      this.#names.set(item, name);
    }
    return name;
  }

  /** How many events a chip holds and over which days. */
  cluster(c: PlacedCluster): string {
    const { locale, zone, messages } = this.settings();
    const format = (ms: number) => DateTime.fromMillis(ms, { zone, locale }).toLocaleString(DateTime.DATE_MED);
    const from = format(c.start);
    const to = format(c.end - 1);
    return messages.cluster(c.count, from === to ? from : `${from} – ${to}`);
  }
}
