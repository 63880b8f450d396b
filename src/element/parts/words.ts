import { languageOf, type Messages } from '../../core/messages.js';
import { ar } from '../../core/messages-ar.js';
import { de } from '../../core/messages-de.js';
import { es } from '../../core/messages-es.js';
import { fr } from '../../core/messages-fr.js';
import { he } from '../../core/messages-he.js';
import { it } from '../../core/messages-it.js';
import { ja } from '../../core/messages-ja.js';
import { nl } from '../../core/messages-nl.js';
import { pl } from '../../core/messages-pl.js';
import { pt } from '../../core/messages-pt.js';
import { ru } from '../../core/messages-ru.js';
import { uk } from '../../core/messages-uk.js';
import { zh } from '../../core/messages-zh.js';
import { zhHant } from '../../core/messages-zh-hant.js';

/**
 * The element's own words in the languages it speaks besides English (core/messages-*.ts), by
 * language, loaded on demand (support/on-demand.ts) by the first update whose locale is one of
 * them: that element reads and draws nothing until they are here, so it never says anything in
 * English first. One file for all (some 6 KB gzipped): a page asks for one round trip, whatever
 * its language. In the single-file bundle it is dist/event-timeline-words.js.
 */
export const catalogs = { ar, de, es, fr, he, it, ja, nl, pl, pt, ru, uk, zh } as const;
const byLanguage: Readonly<Record<string, Messages | undefined>> = catalogs;

/**
 * Chinese in traditional characters: its script said (zh-Hant), else Taiwan's, Hong Kong's and
 * Macao's Chinese; simplified for the rest (zh-Hans-HK too). The dates' words choose the same
 * way (core/rare-dates.ts, in the dates part: a module both parts shared would be a file of its
 * own, a second round trip for each); a test holds the two to one answer.
 */
export const traditionalChinese = (locale: string): boolean => /-hant|^zh-(?:tw|hk|mo)(?:-|$)/i.test(locale);

/** The words for a locale (a tag as Intl writes it, core/locale.ts), by its language: undefined for one not here (English is the main file's). */
export function wordsFor(locale: string): Messages | undefined {
  const language = languageOf(locale);
  return language === 'zh' && traditionalChinese(locale) ? zhHant : byLanguage[language];
}
