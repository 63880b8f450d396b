import type { Messages } from './messages.js';
import { counted } from './plural.js';

/** "1 событие", "3 события", "5 событий", "21 событие" (the accusative a sentence below asks for is the same). */
const events = counted('ru', { one: 'событие', few: 'события', many: 'событий' });
const newEvents = counted('ru', { one: 'новое событие', few: 'новых события', many: 'новых событий' });

/**
 * The element's own words in Russian; loaded on demand (parts/words.ts) when the locale is
 * Russian. Sentences whose verb would have to agree with a count say it impersonally
 * ("Пропущено 3 события"), or after a colon.
 */
export const ru: Messages = {
  timeline: 'Хронология',
  loading: 'Загрузка событий…',
  empty: 'Нет событий для показа.',
  details: 'Подробности события',
  close: 'Закрыть подробности',
  sources: 'Источники',
  place: 'Место',
  group: 'Группа',
  zoomControls: 'Масштаб',
  zoomIn: 'Увеличить',
  zoomOut: 'Уменьшить',
  fit: 'Показать все события',
  selected: (what) => `Выбрано: ${what}`,
  cluster: (n, range) => `ещё ${events(n)}, ${range}`,
  clusterList: (n, range) => `${events(n)}, ${range}`,
  andMore: (n) => `и ещё ${n}`,
  skipped: (n) => `Пропущено ${events(n)}:`,
  incomplete: (n) => `Без части данных показано ${events(n)}:`,
  credit: 'Автор',
  leftOut: 'Некоторые периоды и даты опущены:',
  problem: (i, id, m) => (i < 0 ? m : `Событие ${i + 1}${id ? ` («${id}»)` : ''}: ${m}`),
  loadFailed: (r) => `Не удалось загрузить события. ${r}`,
  copyLink: 'Копировать ссылку',
  periods: 'Периоды и даты',
  today: 'сегодня',
  legend: 'Группы',
  search: 'Поиск событий',
  shownOf: (shown, total) => `Показано событий: ${shown} из ${total}`,
  added: newEvents,
  showing: (range) => `Показано: ${range}`,
  linkCopied: 'Ссылка скопирована.',
  linkNotCopied: (link) => `Не удалось скопировать ссылку: ${link}`,
  download: (type) => `Скачать как ${type}`,
};
