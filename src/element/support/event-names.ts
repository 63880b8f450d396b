import { itemLabel } from '../../core/item-label.js';
import { formatShortDays, formatItemWhen } from '../../core/format.js';
import type { Messages } from '../../core/messages.js';
import type { TimelineItem } from '../../core/model.js';
import type { PlacedCluster } from '../../core/placement.js';
import { remembered } from '../../core/remembered.js';
import type { View } from '../../core/view.js';
import type { LocaleController } from '../controllers/locale-controller.js';

const MAX_CHIP_NAMES = 2000;
const DAY_MS = 86_400_000;

/**
 * What screen readers hear for each event ("October 2024: Troops sent") and each "+N" chip,
 * formatted once per event for a locale and zone: luxon's formatting is slow, and only the
 * events that are drawn ever need a name.
 */
export class EventNames {
  #names = new Map<TimelineItem, string>();
  /** Chip names by count and days: while the view moves, the same chips are drawn frame after frame. */
  #chips = new Map<string, string>();
  /** What the names were made for: locale, zone and words. */
  #made?: [string, string, Messages];

  /** The element's locale, zone and words, read when a name is asked for. */
  constructor(private readonly settings: Pick<LocaleController, 'locale' | 'displayZone' | 'messages'>) {}

  /** The event's date at its precision (`spoken`: as an accessible name says it, format.ts). */
  when(item: TimelineItem, spoken?: boolean): string {
    const { locale, displayZone } = this.settings;
    return formatItemWhen(item, locale, displayZone, spoken);
  }

  /** The event's date and title. */
  name(item: TimelineItem): string {
    this.#forget();
    // Spoken, the qualifier is a word ("approximately 1520"), not a sign.
    return remembered(this.#names, item, () => `${this.when(item, true)}: ${itemLabel(item)}`);
  }

  /** How many events a chip holds and over which days. */
  cluster(c: PlacedCluster): string {
    this.#forget();
    return remembered(this.#chips, `${c.count}|${c.start}|${c.end}`, () => {
      if (this.#chips.size > MAX_CHIP_NAMES) this.#chips.clear();
      return this.settings.messages.cluster(c.count, this.#days(c));
    });
  }

  /**
   * Names made for another locale, zone or language are dropped. Asked once per drawn item per
   * update: compared as they are (a catalog is one object per language), no key is written.
   */
  #forget(): void {
    const { locale, displayZone, messages } = this.settings;
    const was = this.#made;
    if (!was || locale !== was[0] || displayZone !== was[1] || messages !== was[2]) {
      this.#names = new Map();
      this.#chips = new Map();
      this.#made = [locale, displayZone, messages];
    }
  }

  /** The heading of the list a chip opens: how many events, over which days. */
  clusterHeading(c: PlacedCluster): string {
    return this.settings.messages.clusterList(c.count, this.#days(c));
  }

  /**
   * The days a window runs over, its edges as they fall in the zone ("Jul 1, 2024 – Nov 30,
   * 2024"); with their times in a window shorter than two days, where the day alone would say
   * the same after every press. Its end is exclusive: a window of March ends at 1 April's first
   * instant, and is named to its last day, 31 March, not to a day it does not show; a time is
   * named as it is.
   */
  window([from, to]: View, time = to - from < 2 * DAY_MS): string {
    const { locale, displayZone } = this.settings;
    return formatShortDays([from, to - +!time], locale, displayZone, time);
  }

  #days({ start, end }: PlacedCluster): string {
    // With its times where it spans less than a day: at an hour's zoom, every chip named by its
    // day alone was named alike. A chip's end is its latest item's: a period's is exclusive, and
    // where days are named `window` steps back from it (one of a day's items is named by its
    // day, not from 00:00 to 23:59); a time's is that instant, named as it is (a millisecond
    // before was a minute early). Under 22.2 hours: a day the clocks move forward lasts 23.
    return this.window([start, end], end - start < 8e7);
  }
}
