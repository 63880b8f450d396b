import { LIMITS } from '../parse.js';

/**
 * TimelineJS headlines and texts, and vis-timeline contents, are HTML. The element shows text
 * only, so that nothing a spreadsheet holds can ever run or load anything: tags are dropped (with
 * the whole content of script, style and the like), entities decoded, the words kept. It works
 * on the string alone (the core has no DOM); the result is text and is only ever rendered as text.
 */

// Elements whose content is not text a reader sees.
const HIDDEN = /<(script|style|template|noscript|iframe|object|svg|math|textarea|title)\b(?:"[^"]*"|'[^']*'|[^'">])*>[\s\S]*?<\/\1\s*>/gi;
// A tag is `<` followed by a letter, `/`, `!` or `?` (a lone `<` is text); quoted attribute values may hold `>`.
const TAG = /<(?:\/?([a-zA-Z][\w:-]*)|[!?/])(?:"[^"]*"|'[^']*'|[^'">])*>/g;
const COMMENT = /<!--[\s\S]*?(?:-->|$)/g;
// A tag cut off by the end of the text is still a tag, not words.
const CUT_TAG = /<[a-zA-Z/!?][^>]*$/;
// Where one block ends and the next begins, a reader sees a break, not two words run together.
const BLOCK = new Set(['br', 'p', 'div', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr', 'blockquote', 'section', 'article', 'header', 'footer', 'figure', 'figcaption', 'hr', 'pre', 'table', 'dd', 'dt']);

// The named references that turn up in news text, in the languages of Western and Central
// Europe, in Greek and in science (the whole HTML table is 2,000 names and would weigh more than
// the rest of the reader); any other stays as written. Letters with an accent are made from
// their name (below).
const NAMED: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', shy: '\u00ad', ensp: '\u2002', emsp: '\u2003', thinsp: '\u2009',
  zwnj: '\u200c', zwj: '\u200d', lrm: '\u200e', rlm: '\u200f',
  ndash: '–', mdash: '—', hellip: '…', lsquo: '‘', rsquo: '’', sbquo: '‚', ldquo: '“', rdquo: '”', bdquo: '„', laquo: '«', raquo: '»',
  lsaquo: '‹', rsaquo: '›', bull: '•', middot: '·', deg: '°', copy: '©', reg: '®', trade: '™', euro: '€', pound: '£', cent: '¢',
  yen: '¥', curren: '¤', times: '×', divide: '÷', plusmn: '±', minus: '−', sup1: '¹', sup2: '²', sup3: '³', frac14: '¼',
  frac12: '½', frac34: '¾', permil: '‰', micro: 'µ', para: '¶', sect: '§', iexcl: '¡', iquest: '¿', ordf: 'ª', ordm: 'º',
  not: '¬', brvbar: '¦', macr: '¯', acute: '´', uml: '¨', cedil: '¸', circ: 'ˆ', tilde: '˜', dagger: '†', Dagger: '‡',
  prime: '′', Prime: '″', larr: '←', rarr: '→', uarr: '↑', darr: '↓', harr: '↔', le: '≤', ge: '≥', ne: '≠', asymp: '≈',
  infin: '∞', hearts: '♥', spades: '♠', clubs: '♣', diams: '♦', szlig: 'ß', aelig: 'æ', AElig: 'Æ', oelig: 'œ', OElig: 'Œ',
  oslash: 'ø', Oslash: 'Ø', eth: 'ð', ETH: 'Ð', thorn: 'þ', THORN: 'Þ', fnof: 'ƒ',
};

// The Greek letters by their names (`&alpha;`, `&Omega;`), in the order of their code points.
const GREEK = 'alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigmaf sigma tau upsilon phi chi psi omega'.split(' ');

// A letter and its mark (`&ntilde;`, `&Eacute;`, `&ccedil;`, `&aring;`): the letter with the
// combining mark, composed (NFC).
const MARKED = /^([a-zA-Z])(acute|grave|circ|tilde|uml|ring|cedil|caron)$/;
const MARKS: Readonly<Record<string, string>> = { acute: '\u0301', grave: '\u0300', circ: '\u0302', tilde: '\u0303', uml: '\u0308', ring: '\u030a', cedil: '\u0327', caron: '\u030c' };

/** The character a named reference stands for, or undefined for a name not known here. */
function named(name: string): string | undefined {
  if (Object.prototype.hasOwnProperty.call(NAMED, name)) return NAMED[name];
  const marked = MARKED.exec(name);
  if (marked) return (marked[1]! + MARKS[marked[2]!]!).normalize('NFC');
  const lower = name.toLowerCase();
  const greek = GREEK.indexOf(lower);
  if (greek < 0) return undefined;
  const small = 0x3b1 + greek;
  if (name === lower) return String.fromCodePoint(small);
  // A capital (`Omega`) lies 32 below its small letter; the final sigma has none.
  return name === lower[0]!.toUpperCase() + lower.slice(1) && lower !== 'sigmaf' ? String.fromCodePoint(small - 32) : undefined;
}

const ENTITY = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z][a-zA-Z0-9]{1,31}));?/g;

function codePoint(n: number): string {
  // NUL, surrogates and numbers past Unicode are what HTML turns into the replacement character.
  if (n === 0 || n > 0x10ffff || (n >= 0xd800 && n <= 0xdfff)) return '\ufffd';
  return String.fromCodePoint(n);
}

/** Character references (`&amp;`, `&#233;`, `&#x1F600;`) as the characters they name. */
export function decodeEntities(text: string): string {
  return text.replace(ENTITY, (whole, dec?: string, hex?: string, name?: string) => {
    if (dec !== undefined) return codePoint(Number.parseInt(dec, 10));
    if (hex !== undefined) return codePoint(Number.parseInt(hex, 16));
    return named(name!) ?? whole;
  });
}

/**
 * The text an HTML fragment shows: breaks between blocks become line breaks, runs of spaces
 * one space, and the ends are trimmed. `lines: false` joins everything into one line (titles).
 */
export function htmlToText(html: string, options: { lines?: boolean } = {}): string {
  const lines = options.lines ?? true;
  const stripped = html
    .replace(COMMENT, '')
    .replace(HIDDEN, ' ')
    .replace(CUT_TAG, '')
    .replace(TAG, (_tag, name?: string) => (name !== undefined && BLOCK.has(name.toLowerCase()) ? '\n' : ''));
  // Decoded last, so that an escaped `&lt;script&gt;` stays the words it spells and is never read as a tag.
  const text = decodeEntities(stripped.replace(/[ \t\r\f\v\u00a0]*\n[\s]*/g, '\n'));
  const tidy = text
    .split('\n')
    .map((line) => line.replace(/[\s\u00a0]+/g, ' ').trim())
    .filter((line) => line !== '');
  return tidy.join(lines ? '\n' : ' ');
}

// A link: its address (quoted either way, or bare) and what it holds.
const LINK = /<a\b(?:"[^"]*"|'[^']*'|[^'">])*?\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))(?:"[^"]*"|'[^']*'|[^'">])*>([\s\S]*?)<\/a\s*>/gi;

/**
 * The http and https links of an HTML fragment, as sources: the words each holds (else its
 * address) and its address, each address once. TimelineJS texts cite their sources so ("according
 * to <a href=…>the Times</a>"); as plain text their addresses were lost.
 */
export function linksOf(html: string): { name: string; url: string }[] {
  const found = new Map<string, string>();
  // A text longer than a field may be is refused when the document is read; its links are not looked for
  // (a link's pattern runs on from each `<a` it finds to the next `</a>`).
  if (html.length > LIMITS.maxFieldLength) return [];
  for (const m of html.matchAll(LINK)) {
    const url = decodeEntities((m[1] ?? m[2] ?? m[3]!).trim());
    if (!/^https?:\/\/[^/\s]/i.test(url) || found.has(url)) continue;
    found.set(url, htmlToText(m[4]!, { lines: false }) || url);
  }
  return [...found].map(([url, name]) => ({ name, url }));
}
