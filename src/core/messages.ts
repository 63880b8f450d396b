/** The element's own words (not the data's), in the languages the demo needs. */
export interface Messages {
  timeline: string;
  loading: string;
  empty: string;
  details: string;
  close: string;
  sources: string;
  place: string;
  zoomControls: string;
  zoomIn: string;
  zoomOut: string;
  fit: string;
  selected: (what: string) => string;
  cluster: (count: number, range: string) => string;
  /** The heading of the list a "+N" chip opens when zooming cannot part its events. */
  clusterList: (count: number, range: string) => string;
  /** The last line of a list cut short. */
  andMore: (count: number) => string;
  skipped: (count: number) => string;
  incomplete: (count: number) => string;
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
  zoomControls: 'Zoom',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  fit: 'Show all events',
  selected: (what) => `Selected: ${what}`,
  cluster: (n, range) => `${n} more events, ${range}. Zoom in to see them.`,
  clusterList: (n, range) => `${n} events, ${range}`,
  andMore: (n) => `and ${n} more`,
  skipped: (n) => (n === 1 ? '1 event was skipped:' : `${n} events were skipped:`),
  incomplete: (n) => (n === 1 ? '1 event is shown without part of its data:' : `${n} events are shown without part of their data:`),
  credit: 'Credit',
  problem: (i, id, m) => `Event ${i + 1}${id ? ` ("${id}")` : ''}: ${m}`,
  loadFailed: (r) => `The events could not be loaded. ${r}`,
  copyLink: 'Copy link',
  periods: 'Periods and dates',
  today: 'today',
  legend: 'Groups',
  search: 'Search events',
  shownOf: (shown, total) => `${shown} of ${total} events`,
  added: (n) => (n === 1 ? '1 new event' : `${n} new events`),
  linkCopied: 'Link copied.',
  linkNotCopied: (link) => `The link could not be copied: ${link}`,
  download: (type) => `Download as ${type}`,
};

const de: Messages = {
  timeline: 'Zeitleiste',
  loading: 'Ereignisse werden geladen…',
  empty: 'Keine Ereignisse.',
  details: 'Details zum Ereignis',
  close: 'Details schließen',
  sources: 'Quellen',
  place: 'Ort',
  zoomControls: 'Zoom',
  zoomIn: 'Vergrößern',
  zoomOut: 'Verkleinern',
  fit: 'Alle Ereignisse zeigen',
  selected: (what) => `Ausgewählt: ${what}`,
  cluster: (n, range) => `${n} weitere Ereignisse, ${range}. Vergrößern, um sie zu sehen.`,
  clusterList: (n, range) => `${n} Ereignisse, ${range}`,
  andMore: (n) => `und ${n} weitere`,
  skipped: (n) => (n === 1 ? '1 Ereignis wurde übersprungen:' : `${n} Ereignisse wurden übersprungen:`),
  incomplete: (n) => (n === 1 ? '1 Ereignis wird ohne einen Teil seiner Daten gezeigt:' : `${n} Ereignisse werden ohne einen Teil ihrer Daten gezeigt:`),
  credit: 'Bild',
  problem: (i, id, m) => `Ereignis ${i + 1}${id ? ` („${id}“)` : ''}: ${m}`,
  loadFailed: (r) => `Die Ereignisse konnten nicht geladen werden. ${r}`,
  copyLink: 'Link kopieren',
  periods: 'Zeiträume und Daten',
  today: 'heute',
  legend: 'Gruppen',
  search: 'Ereignisse durchsuchen',
  shownOf: (shown, total) => `${shown} von ${total} Ereignissen`,
  added: (n) => (n === 1 ? '1 neues Ereignis' : `${n} neue Ereignisse`),
  linkCopied: 'Link kopiert.',
  linkNotCopied: (link) => `Der Link konnte nicht kopiert werden: ${link}`,
  download: (type) => `Als ${type} herunterladen`,
};

const catalog: Record<string, Messages> = { en, de };

export function messagesFor(locale: string): Messages {
  return catalog[locale.toLowerCase().split(/[-_]/)[0] ?? 'en'] ?? en;
}
