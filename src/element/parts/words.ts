/**
 * The element's own words in the languages it speaks besides English (core/messages-*.ts), by
 * language, loaded on demand (support/on-demand.ts) by the first update whose locale is one of
 * them: that element reads and draws nothing until they are here, so it never says anything in
 * English first. One file for all (some 5 KB gzipped): a page asks for one round trip, whatever
 * its language. In the single-file bundle it is dist/event-timeline-words.js. Its exports are the
 * catalogs by language: the module itself is what messagesFor reads.
 */
export { ar } from '../../core/messages-ar.js';
export { de } from '../../core/messages-de.js';
export { es } from '../../core/messages-es.js';
export { fr } from '../../core/messages-fr.js';
export { he } from '../../core/messages-he.js';
export { it } from '../../core/messages-it.js';
export { ja } from '../../core/messages-ja.js';
export { nl } from '../../core/messages-nl.js';
export { pl } from '../../core/messages-pl.js';
export { pt } from '../../core/messages-pt.js';
export { ru } from '../../core/messages-ru.js';
export { uk } from '../../core/messages-uk.js';
