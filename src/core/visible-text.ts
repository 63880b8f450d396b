/**
 * Text as the element shapes it for labels and accessible names. Chromium shapes a run of
 * combining marks on one character in time that grows with the square of the run (one letter
 * with 10,000 marks: about 0.2 s; with 100,000: 30 s), and a label never shows more than a
 * few lines; so what is drawn is limited, while the details panel keeps every character.
 */

/** More marks than this on one character draw as a smudge in any font; real scripts stack a few. */
export const MAX_MARKS = 8;
/** A label or name longer than this is cut (at a grapheme boundary) and ends in an ellipsis. */
export const MAX_LABEL_LENGTH = 400;

const EXCESS_MARKS = new RegExp(`(\\p{M}{${MAX_MARKS}})\\p{M}+`, 'gu');

/** The text with every run of combining marks cut to MAX_MARKS; nothing else changes. */
export function capMarks(text: string): string {
  return text.replace(EXCESS_MARKS, '$1');
}

let segmenter: Intl.Segmenter | undefined;

/** The text's grapheme clusters, by one segmenter made when first needed (labels, and line breaking: wrap.ts). */
export function graphemeSegments(text: string): Intl.Segments {
  return (segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' })).segment(text);
}

/** Below U+0300 there are no marks: most titles are known to need nothing without a Unicode regex. */
const MAYBE_MARKS = /[\u0300-\uffff]/;

/** The text for a label or an accessible name: marks capped, at most about MAX_LABEL_LENGTH characters. */
export function labelText(text: string, max = MAX_LABEL_LENGTH): string {
  if (text.length <= max && !MAYBE_MARKS.test(text)) return text;
  const capped = capMarks(text);
  if (capped.length <= max) return capped;
  // Only the start is segmented: the cut lands on a grapheme boundary without reading the rest.
  let end = 0;
  for (const { index, segment } of graphemeSegments(capped.slice(0, max + 32))) {
    if (index + segment.length > max - 1) break;
    end = index + segment.length;
  }
  return `${capped.slice(0, end)}…`;
}

/**
 * Characters that draw nothing by themselves: white space, controls, default-ignorable
 * characters (zero-width spaces and joiners, soft hyphens, variation selectors, tags, Hangul
 * fillers), marks without a letter to sit on, and the blank Braille pattern.
 */
const VISIBLE = /[^\s\p{Cc}\p{Default_Ignorable_Code_Point}\p{M}\u2800]/u;

/** Whether the text has at least one character a reader can see. */
export function hasVisibleCharacter(text: string): boolean {
  // Printable ASCII (! to ~) is visible: most titles answer at their first character, without
  // the Unicode-property regular expression (read for every item of a document).
  const first = text.charCodeAt(0);
  if (first > 0x20 && first < 0x7f) return true;
  return VISIBLE.test(text);
}

/** Text longer than this is handed to the details panel in pieces (see splitLongText). */
export const LONG_TEXT = 4000;
const PIECE = 2000;
/** How far back from a piece's end a space is looked for, so that words stay whole. */
const SPACE_WINDOW = 200;
/** Characters a piece may not start with: marks, joiners, and the second half of a surrogate pair. */
function continuesCluster(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return (code >= 0xdc00 && code <= 0xdfff) || code === 0x200c || code === 0x200d || /\p{M}/u.test(text[at]!);
}

/**
 * A long text cut into pieces of about PIECE characters, each ending after a space where one is
 * near, and never inside a character or between a letter and its marks. The pieces joined give
 * back the text. The details panel draws each as a block the browser lays out only when it
 * scrolls into view: shaping 100,000 characters at once would hold the page for a second.
 */
export function splitLongText(text: string, piece = PIECE): string[] {
  if (text.length <= piece) return [text];
  const pieces: string[] = [];
  let from = 0;
  while (text.length - from > piece) {
    let cut = from + piece;
    const space = text.lastIndexOf(' ', cut - 1);
    if (space >= cut - SPACE_WINDOW && space > from && !continuesCluster(text, space + 1)) cut = space + 1;
    else {
      const end = cut;
      while (cut > from + 1 && continuesCluster(text, cut)) cut--;
      // A cluster longer than a piece (marks are capped, so rare) ends the piece after it.
      if (continuesCluster(text, cut)) for (cut = end; cut < text.length && continuesCluster(text, cut); ) cut++;
    }
    pieces.push(text.slice(from, cut));
    from = cut;
  }
  if (from < text.length) pieces.push(text.slice(from));
  return pieces;
}
