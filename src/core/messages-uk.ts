import type { Messages } from './messages.js';
import { counted } from './plural.js';

/** "1 подія", "3 події", "5 подій", "21 подія"; after "показано", "пропущено" the accusative: "1 подію". */
const events = counted('uk', { one: 'подія', few: 'події', many: 'подій' });
const eventsDone = counted('uk', { one: 'подію', few: 'події', many: 'подій' });
const newEvents = counted('uk', { one: 'нова подія', few: 'нові події', many: 'нових подій' });

/**
 * The element's own words in Ukrainian; loaded on demand (parts/words.ts) when the locale is
 * Ukrainian. Sentences whose verb would have to agree with a count say it impersonally
 * ("Пропущено 3 події"), or after a colon.
 */
export const uk: Messages = {
  timeline: 'Хронологія',
  loading: 'Завантаження подій…',
  empty: 'Немає подій для показу.',
  details: 'Подробиці події',
  close: 'Закрити подробиці',
  sources: 'Джерела',
  place: 'Місце',
  group: 'Група',
  zoomControls: 'Масштаб',
  zoomIn: 'Збільшити',
  zoomOut: 'Зменшити',
  fit: 'Показати всі події',
  selected: (what) => `Вибрано: ${what}`,
  cluster: (n, range) => `ще ${events(n)}, ${range}`,
  clusterList: (n, range) => `${events(n)}, ${range}`,
  andMore: (n) => `і ще ${n}`,
  skipped: (n) => `Пропущено ${eventsDone(n)}:`,
  incomplete: (n) => `Без частини даних показано ${eventsDone(n)}:`,
  credit: 'Автор',
  leftOut: 'Деякі періоди й дати пропущено:',
  problem: (i, id, m) => (i < 0 ? m : `Подія ${i + 1}${id ? ` («${id}»)` : ''}: ${m}`),
  loadFailed: (r) => `Не вдалося завантажити події. ${r}`,
  copyLink: 'Копіювати посилання',
  periods: 'Періоди й дати',
  today: 'сьогодні',
  legend: 'Групи',
  search: 'Пошук подій',
  shownOf: (shown, total) => `Показано подій: ${shown} з ${total}`,
  added: newEvents,
  showing: (range) => `Показано: ${range}`,
  linkCopied: 'Посилання скопійовано.',
  linkNotCopied: (link) => `Не вдалося скопіювати посилання: ${link}`,
  download: (type) => `Завантажити як ${type}`,
};
