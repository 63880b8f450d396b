import type { DateTime } from 'luxon';
import type { DateWords } from './date-words.js';
import { languageOf } from './messages.js';
import { GREGORIAN, inCalendar } from './intl-format.js';
import { remembered } from './remembered.js';
import { dateTimeAt, type PreciseDate } from './precision.js';

/**
 * The words of the rarer dates (see date-words.ts): weeks, decades and centuries, the
 * qualifiers of approximate and uncertain dates and the open ends of ranges, in each language that has its own way of
 * writing them. Loaded by the element only for a model that has such a date (parts/rare-dates.ts).
 */

// Intl has no calendar-week format; these are how each language writes one.
const WEEK_PATTERNS: Record<string, (week: string, year: string) => string> = {
  de: (w, y) => `KW ${w}/${y}`,
  en: (w, y) => `Week ${w}, ${y}`,
  fr: (w, y) => `semaine ${w} ${y}`,
  es: (w, y) => `semana ${w} de ${y}`,
  it: (w, y) => `settimana ${w} del ${y}`,
  nl: (w, y) => `week ${w} ${y}`,
  pl: (w, y) => `tydzień ${w} ${y}`,
  uk: (w, y) => `тиждень ${w}, ${y}`,
  ru: (w, y) => `неделя ${w}, ${y}`,
};

// How each language writes a week's number in short (the date line over a label).
const WEEK_SHORT: Record<string, (week: string) => string> = {
  de: (w) => `KW ${w}`,
  en: (w) => `Week ${w}`,
  fr: (w) => `sem. ${w}`,
  es: (w) => `sem. ${w}`,
  it: (w) => `sett. ${w}`,
  nl: (w) => `wk ${w}`,
  pl: (w) => `tydz. ${w}`,
  uk: (w) => `тиж. ${w}`,
  ru: (w) => `нед. ${w}`,
};

const gregorianYears = new Map<string, Intl.DateTimeFormat>();

/**
 * An ISO week-year as the locale writes a year, always in the Gregorian calendar: an ISO week
 * belongs to it whatever calendar the locale asks for (`-u-ca-islamic` would otherwise turn
 * week 10 of 2024 into "Week 10, 1445 AH"). The option wins over the locale's extension.
 */
function isoYearText(year: number, locale: string): string {
  return yearFormat(locale, year < 1).format(utcDay(year));
}

/** Gregorian years as the locale writes them, with their era ("44 BC") or without. */
function yearFormat(locale: string, era: boolean): Intl.DateTimeFormat {
  return remembered(gregorianYears, `${locale}|${era}`, () => new Intl.DateTimeFormat(locale, { year: 'numeric', calendar: 'gregory', timeZone: 'UTC', ...(era ? { era: 'short' } : {}) }));
}

/** A day of the UTC calendar as a Date (the middle of the year unless told): not Date.UTC, which reads the years 0 to 99 as 1900 to 1999. */
function utcDay(year: number, month = 6, day = 1): Date {
  const date = new Date(0);
  date.setUTCFullYear(year, month, day);
  return date;
}

const numbers = new Map<string, Intl.NumberFormat>();

/** A week's number in the locale's digits, as its year is written (`de-u-nu-arab`: "KW ١/٢٠٢٤", not "KW 1/٢٠٢٤"). */
function weekNumber(date: PreciseDate, locale: string): string {
  return remembered(numbers, locale, () => new Intl.NumberFormat(locale, { useGrouping: false })).format(dateTimeAt(date).weekNumber);
}

function week(date: PreciseDate, locale: string): string {
  const start = dateTimeAt(date);
  const pattern = WEEK_PATTERNS[languageOf(locale)];
  if (pattern) return pattern(weekNumber(date, locale), isoYearText(start.weekYear, locale));
  // For other languages, the week's first and last day say the same honestly.
  const last = dateTimeAt(date, true).minus({ days: 1 });
  const utc = (d: DateTime) => utcDay(d.year, d.month - 1, d.day);
  return weekDays(locale, start.year < 1).formatRange(utc(start), utc(last));
}

const weekFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * A week's first and last day as the locale writes them, made once per locale (a chart draws
 * every week item it shows, and a formatter costs more than the text). In the Gregorian
 * calendar, as a week's year and a month are written (a Persian or Hijri week "۱۱ تا ۱۷ دی ۱۴۰۲"
 * beside Gregorian months), or in one that has its months (th, ja, roc); before 1 CE with its
 * era, as a day there is written.
 */
function weekDays(locale: string, era: boolean): Intl.DateTimeFormat {
  return remembered(weekFormats, `${locale}|${era}`, () =>
    new Intl.DateTimeFormat(locale, inCalendar(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC', ...GREGORIAN, ...(era ? { era: 'short' } : {}) })),
  );
}

/**
 * How each language writes a decade and a century that EDTF's 201X and 19XX name, and a century
 * before the common era (-0004XX, 500 to 401 BC: the fifth century BC); others give the years.
 */
const SPANS: Record<string, { decade: (y: number) => string; century: (n: number) => string; centuryBC: (n: number) => string }> = {
  en: { decade: (y) => `${y}s`, century: (n) => `${n}${ordinalSuffix(n)} century`, centuryBC: (n) => `${n}${ordinalSuffix(n)} century BC` },
  de: { decade: (y) => `${y}er`, century: (n) => `${n}. Jahrhundert`, centuryBC: (n) => `${n}. Jahrhundert v. Chr.` },
  fr: { decade: (y) => `années ${y}`, century: (n) => `${n}${n === 1 ? 'er' : 'e'} siècle`, centuryBC: (n) => `${n}${n === 1 ? 'er' : 'e'} siècle av. J.-C.` },
};

function ordinalSuffix(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
}

function span(date: PreciseDate, locale: string): string {
  const first = dateTimeAt(date).year;
  const words = SPANS[languageOf(locale)];
  if (first < 1) {
    // The years -99 to 0 are 100 to 1 BC, the first century BC; a decade BC ("50 – 41 BC") has
    // no name of its own (the 40s BC are 49 to 40), nor has a span across 1 CE: their years, with their era.
    if (words && date.precision === 'century' && first % 100 === -99) return words.centuryBC((1 - first) / 100);
    return yearFormat(locale, true).formatRange(utcDay(first), utcDay(first + (date.precision === 'decade' ? 9 : 99)));
  }
  // Otherwise the years, in the locale's digits; with their era where the locale counts years
  // in another calendar (Thai, ROC), or 2010 beside "พ.ศ. 2566" would read as a Buddhist year.
  const years = (last: number) => yearFormat(locale, otherCalendar(locale)).formatRange(utcDay(first), utcDay(last));
  if (date.precision === 'decade') return words ? words.decade(first) : years(first + 9);
  // 19XX is the hundred years 1900–1999, called the 20th century.
  return words ? words.century(Math.floor(first / 100) + 1) : years(first + 99);
}

const calendars = new Map<string, boolean>();

/** Whether the locale counts its years in a calendar other than the Gregorian (Thai, ROC), asked once per locale. */
const otherCalendar = (locale: string): boolean => remembered(calendars, locale, () => new Intl.DateTimeFormat(locale).resolvedOptions().calendar !== 'gregory');

/** How a language marks an approximate or uncertain date: a word before or after the date (written, in a label or the details), and said in full (spoken, in an accessible name). */
interface Qualifiers {
  about: (d: string) => string;
  unsure: (d: string) => string;
  aboutSaid: (d: string) => string;
  unsureSaid: (d: string) => string;
}

/**
 * "About" written before the date and the doubt in brackets after it ("ca. 1520", "1520
 * (onzeker)"); said, "about" in full and the doubt after the language's comma (Arabic's is ،).
 */
const wordsAround = (about: string, unsure: string, aboutSaid: string, comma = ','): Qualifiers => ({
  about: (d) => `${about} ${d}`,
  unsure: (d) => `${d} (${unsure})`,
  aboutSaid: (d) => `${aboutSaid} ${d}`,
  unsureSaid: (d) => `${d}${comma} ${unsure}`,
});

/**
 * Each language's own words: an Arabic or Hebrew date beside "c." and "uncertain" read as two
 * languages, in two directions. A language not here gets English's.
 */
const QUALIFIED: Record<string, Qualifiers> = {
  en: { about: (d) => `c. ${d}`, unsure: (d) => `${d}?`, aboutSaid: (d) => `approximately ${d}`, unsureSaid: (d) => `${d}, uncertain` },
  de: wordsAround('um', 'unsicher', 'ungefähr'),
  fr: wordsAround('vers', 'incertain', 'environ'),
  es: wordsAround('h.', 'incierto', 'hacia'),
  it: wordsAround('ca.', 'incerto', 'circa'),
  pt: wordsAround('c.', 'incerto', 'cerca de'),
  nl: wordsAround('ca.', 'onzeker', 'ongeveer'),
  // Said, words that go with the nominative a month is written in ("приблизно лютий 2024 р."):
  // около, близько and około ask for the genitive ("близько лютого"), which Intl does not write.
  pl: wordsAround('ok.', 'niepewne', 'w przybliżeniu'),
  ru: wordsAround('ок.', 'неточно', 'приблизительно'),
  uk: wordsAround('бл.', 'неточно', 'приблизно'),
  ar: wordsAround('حوالي', 'غير مؤكد', 'حوالي', '،'),
  he: wordsAround('בערך', 'לא ודאי', 'בערך'),
  // Japanese and Chinese put "about" after the date, and their brackets are full-width.
  ja: { about: (d) => `${d}頃`, unsure: (d) => `${d}（不確か）`, aboutSaid: (d) => `${d}頃`, unsureSaid: (d) => `${d}、不確か` },
  zh: { about: (d) => `约${d}`, unsure: (d) => `${d}（不确定）`, aboutSaid: (d) => `大约${d}`, unsureSaid: (d) => `${d}，不确定` },
  'zh-Hant': { about: (d) => `約${d}`, unsure: (d) => `${d}（不確定）`, aboutSaid: (d) => `大約${d}`, unsureSaid: (d) => `${d}，不確定` },
};

/** How each language says that a range goes on, or that its start is unknown. */
const OPEN_WORDS: Record<string, { ongoing: string; unknown: string }> = {
  en: { ongoing: 'ongoing', unknown: 'unknown start' },
  de: { ongoing: 'andauernd', unknown: 'Beginn unbekannt' },
  fr: { ongoing: 'en cours', unknown: 'début inconnu' },
  es: { ongoing: 'en curso', unknown: 'inicio desconocido' },
  it: { ongoing: 'in corso', unknown: 'inizio sconosciuto' },
  pt: { ongoing: 'em curso', unknown: 'início desconhecido' },
  nl: { ongoing: 'lopend', unknown: 'begin onbekend' },
  pl: { ongoing: 'trwa', unknown: 'początek nieznany' },
  ru: { ongoing: 'продолжается', unknown: 'начало неизвестно' },
  uk: { ongoing: 'триває', unknown: 'початок невідомий' },
  ar: { ongoing: 'مستمر', unknown: 'بداية غير معروفة' },
  he: { ongoing: 'נמשך', unknown: 'התחלה לא ידועה' },
  ja: { ongoing: '継続中', unknown: '開始不明' },
  zh: { ongoing: '进行中', unknown: '开始时间不详' },
  'zh-Hant': { ongoing: '進行中', unknown: '開始時間不詳' },
};

/**
 * The key of a language's words: Chinese in traditional characters (its script said, zh-Hant,
 * else Taiwan's, Hong Kong's and Macao's Chinese) apart from simplified (zh-Hans-HK too), as the
 * element's own words choose (parts/words.ts: the same rule, held to it by a test).
 */
function wordsOf(locale: string): string {
  const language = languageOf(locale);
  return language === 'zh' && /-hant|^zh-(?:tw|hk|mo)(?:-|$)/i.test(locale) ? 'zh-Hant' : language;
}

export const rareDateWords: DateWords = {
  week,
  shortWeek: (date, locale) => WEEK_SHORT[languageOf(locale)]?.(weekNumber(date, locale)),
  span,
  qualify(text, certainty, locale, spoken) {
    const q = QUALIFIED[wordsOf(locale)] ?? QUALIFIED['en']!;
    const about = spoken ? q.aboutSaid : q.about;
    const unsure = spoken ? q.unsureSaid : q.unsure;
    return certainty === 'approximate' ? about(text) : certainty === 'uncertain' ? unsure(text) : unsure(about(text));
  },
  open(known, open, locale) {
    const words = OPEN_WORDS[wordsOf(locale)] ?? OPEN_WORDS['en']!;
    return open === 'end' ? `${known} – ${words.ongoing}` : `${words.unknown} – ${known}`;
  },
};
