/** The element's own words (not the data's): English here, other languages on demand (messages-*.ts). */
export interface Messages {
  timeline: string;
  loading: string;
  empty: string;
  details: string;
  close: string;
  sources: string;
  place: string;
  /** The heading of the selected event's group in the details panel. */
  group: string;
  zoomControls: string;
  zoomIn: string;
  zoomOut: string;
  fit: string;
  selected: (what: string) => string;
  /** A "+N" chip's name (a button: what it holds shows them): it zooms in to its events, or lists them when zooming cannot part them, so it promises neither. */
  cluster: (count: number, range: string) => string;
  /** The heading of the list a "+N" chip opens when zooming cannot part its events. */
  clusterList: (count: number, range: string) => string;
  /** The last line of a list cut short. */
  andMore: (count: number) => string;
  skipped: (count: number) => string;
  incomplete: (count: number) => string;
  /** The heading of problems that are not an event's (an era or reference date left out). */
  leftOut: string;
  credit: string;
  problem: (index: number, id: string | undefined, message: string) => string;
  loadFailed: (reason: string) => string;
  copyLink: string;
  periods: string;
  today: string;
  legend: string;
  search: string;
  shownOf: (shown: number, total: number) => string;
  added: (count: number) => string;
  /** The window the zoom buttons or keys reached, said in the live region. */
  showing: (range: string) => string;
  linkCopied: string;
  linkNotCopied: (link: string) => string;
  /** The export buttons' names: the picture saved as a file of this type. */
  download: (type: string) => string;
}

const en: Messages = {
  timeline: 'Timeline',
  loading: 'Loading events…',
  empty: 'No events to show.',
  details: 'Event details',
  close: 'Close details',
  sources: 'Sources',
  place: 'Place',
  group: 'Group',
  zoomControls: 'Zoom',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  fit: 'Show all events',
  selected: (what) => `Selected: ${what}`,
  cluster: (n, range) => `${n} more event${n === 1 ? '' : 's'}, ${range}`,
  clusterList: (n, range) => `${n} event${n === 1 ? '' : 's'}, ${range}`,
  andMore: (n) => `and ${n} more`,
  skipped: (n) => `${n} event${n === 1 ? ' was' : 's were'} skipped:`,
  incomplete: (n) => `${n} event${n === 1 ? ' is' : 's are'} shown without part of ${n === 1 ? 'its' : 'their'} data:`,
  credit: 'Credit',
  leftOut: 'Some periods and dates were left out:',
  // A problem at index -1 is not an event's: its message names what it is ("eras[0]: …").
  problem: (i, id, m) => (i < 0 ? m : `Event ${i + 1}${id ? ` ("${id}")` : ''}: ${m}`),
  loadFailed: (r) => `The events could not be loaded. ${r}`,
  copyLink: 'Copy link',
  periods: 'Periods and dates',
  today: 'today',
  legend: 'Groups',
  search: 'Search events',
  shownOf: (shown, total) => `${shown} of ${total} events`,
  added: (n) => `${n} new event${n === 1 ? '' : 's'}`,
  showing: (range) => `Showing ${range}`,
  linkCopied: 'Link copied.',
  linkNotCopied: (link) => `The link could not be copied: ${link}`,
  download: (type) => `Download as ${type}`,
};

/**
 * The language of a locale tag, which picks the catalog. split's list always has a first entry
 * (the whole text when it has no - or _, "" for "").
 */
export const languageOf = (locale: string): string => locale.toLowerCase().split(/[-_]/)[0]!;

/**
 * Whether a locale's language has a catalog besides English (messages-*.ts): the element loads
 * them when its locale asks for one. The locale is a tag as Intl writes it (resolveLocale): its
 * language is two or three letters (five to eight for a registered one), which this list holds
 * only as one of its entries, none of them with a space.
 */
export const hasOtherWords = (locale: string): boolean => 'ar de es fr he it ja nl pl pt ru uk zh'.includes(languageOf(locale));

/**
 * The language the element's own words are in, for their `lang`: the locale, or English where
 * the locale's language has no words here (or they could not be loaded) and English stands in,
 * so that a screen reader says "Zoom in" in an English voice, not a Korean one.
 */
export const wordsLang = (messages: Messages, locale: string): string => (messages === en && languageOf(locale) !== 'en' ? 'en' : locale);

/** The words for a locale from the words part when it is here (parts/words.ts); English when it is not, or has none for the locale. */
export function messagesFor(locale: string, words?: { wordsFor: (locale: string) => Messages | undefined }): Messages {
  return words?.wordsFor(locale) ?? en;
}
