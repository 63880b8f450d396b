import type { Messages } from './messages.js';
import { counted } from './plural.js';

/** "1 wydarzenie", "3 wydarzenia", "5 wydarzeń" (the accusative a sentence below asks for is the same). */
const events = counted('pl', { one: 'wydarzenie', few: 'wydarzenia', many: 'wydarzeń' });
const newEvents = counted('pl', { one: 'nowe wydarzenie', few: 'nowe wydarzenia', many: 'nowych wydarzeń' });

/**
 * The element's own words in Polish; loaded on demand (parts/words.ts) when the locale is
 * Polish. Sentences whose verb would have to agree with a count say it impersonally
 * ("Pominięto 3 wydarzenia"), or after a colon.
 */
export const pl: Messages = {
  timeline: 'Oś czasu',
  loading: 'Wczytywanie wydarzeń…',
  empty: 'Brak wydarzeń do pokazania.',
  details: 'Szczegóły wydarzenia',
  close: 'Zamknij szczegóły',
  sources: 'Źródła',
  place: 'Miejsce',
  group: 'Grupa',
  zoomControls: 'Powiększenie',
  zoomIn: 'Powiększ',
  zoomOut: 'Pomniejsz',
  fit: 'Pokaż wszystkie wydarzenia',
  selected: (what) => `Wybrano: ${what}`,
  cluster: (n, range) => `jeszcze ${events(n)}, ${range}`,
  clusterList: (n, range) => `${events(n)}, ${range}`,
  andMore: (n) => `i jeszcze ${n}`,
  skipped: (n) => `Pominięto ${events(n)}:`,
  incomplete: (n) => `Bez części danych pokazano ${events(n)}:`,
  credit: 'Autor',
  leftOut: 'Pominięto niektóre okresy i daty:',
  problem: (i, id, m) => (i < 0 ? m : `Wydarzenie ${i + 1}${id ? ` („${id}”)` : ''}: ${m}`),
  loadFailed: (r) => `Nie udało się wczytać wydarzeń. ${r}`,
  copyLink: 'Kopiuj link',
  periods: 'Okresy i daty',
  today: 'dziś',
  legend: 'Grupy',
  search: 'Szukaj wydarzeń',
  shownOf: (shown, total) => `Wydarzenia: ${shown} z ${total}`,
  added: newEvents,
  showing: (range) => `Widok: ${range}`,
  linkCopied: 'Skopiowano link.',
  linkNotCopied: (link) => `Nie udało się skopiować linku: ${link}`,
  download: (type) => `Pobierz jako ${type}`,
};
