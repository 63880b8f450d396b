import { graphemeSegments } from './visible-text.js';

/**
 * Line breaking for labels: a title broken into lines no wider than a measure, so that a
 * label shows its whole title within a readable width. Pure: the caller hands in how wide a
 * piece of text is. The lines are the title cut into pieces, nothing added or dropped, so the
 * label can draw each line as its own unbreakable block and still hold the whole title.
 */

/** How wide a piece of text is in px. */
export type Measure = (text: string) => number;

export interface WrappedText {
  /** The pieces of the text in order; joined they give it back. */
  lines: string[];
  /** The widest line without its trailing spaces, in px. */
  width: number;
}

// Below this code point there are no combining marks, surrogates or CJK: every code unit is a
// grapheme cluster of its own, and the only break opportunities are spaces and hyphens.
const SIMPLE_END = 0x02ff;
// General punctuation (spaces, dashes, quotes) and currency signs are single clusters too.
const PUNCTUATION_START = 0x2000;
const PUNCTUATION_END = 0x20cf;

/** Spaces a line may end in (they do not count towards its width) and break after. No-break spaces are not among them. */
function isBreakSpace(code: number): boolean {
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x2006) ||
    (code >= 0x2008 && code <= 0x200b) ||
    code === 0x205f ||
    code === 0x3000
  );
}

/** Hyphens and dashes a word may break after ("Vize-Außenminister"). */
function isHyphen(code: number): boolean {
  return code === 0x2d || code === 0x2010 || code === 0x2012 || code === 0x2013 || code === 0x2014 || code === 0xad;
}

/** Scripts written without spaces between words, where a line may break between any two characters. */
function isIdeographic(code: number): boolean {
  return (
    (code >= 0x2e80 && code <= 0x2fff) ||
    (code >= 0x3040 && code <= 0x9fff) ||
    (code >= 0xac00 && code <= 0xd7af) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xff00 && code <= 0xffef) ||
    (code >= 0x20000 && code <= 0x3ffff)
  );
}

// Closing punctuation stays with what it closes; opening punctuation with what it opens.
const NO_BREAK_BEFORE = new Set([...'、。，．：；！？）」』】〕〉》〙〗｝］〜ー…‥・,.;:!?)]}%'].map((c) => c.codePointAt(0)!));
const NO_BREAK_AFTER = new Set([...'（「『【〔〈《〘〖｛［([{'].map((c) => c.codePointAt(0)!));

/** Whether a line may break between grapheme `a` and grapheme `b` (`before` is the one before `a`). */
function breakBetween(before: string | undefined, a: string, b: string): boolean {
  const ca = a.codePointAt(0)!;
  const cb = b.codePointAt(0)!;
  if (isBreakSpace(cb)) return false;
  if (isBreakSpace(ca)) return true;
  if (NO_BREAK_BEFORE.has(cb) || NO_BREAK_AFTER.has(ca)) return false;
  if (isHyphen(ca)) return before !== undefined && !isBreakSpace(before.codePointAt(0)!) && !isHyphen(before.codePointAt(0)!);
  return isIdeographic(ca) || isIdeographic(cb);
}

/**
 * Breaks `text` into lines at most `max` px wide (spaces at a line's end do not count): at
 * spaces, after hyphens, between ideographs; a word wider than a whole line is broken between
 * its grapheme clusters. Only a single cluster wider than `max` makes a line wider than `max`.
 * Greedy (each line takes as much as fits), linear in the length of the text.
 */
export function wrapText(text: string, max: number, measure: Measure): WrappedText {
  const limit = Math.max(0, max);
  // Every code unit of a simple text is a grapheme cluster of its own, in a script that breaks
  // only at spaces and hyphens: it is wrapped on indexes into the string, no array per character
  // or word. Thousands of labels are measured for a crowded view's lanes, so this is the common path.
  simple: {
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      // A carriage return before a line feed is one cluster with it; joiners join clusters.
      if (code === 0x0d || code === 0x200c || code === 0x200d) break simple;
      if (code > SIMPLE_END && !(code >= PUNCTUATION_START && code <= PUNCTUATION_END)) break simple;
    }
    const lines: string[] = [];
    let width = 0;
    let lineStart = 0;
    let full = 0;
    let shown = 0;
    const finish = (end: number) => {
      if (end > lineStart) lines.push(text.slice(lineStart, end));
      width = Math.max(width, shown);
      lineStart = end;
      full = 0;
      shown = 0;
    };
    let segStart = 0;
    for (let i = 1; i <= text.length; i++) {
      if (i < text.length) {
        const a = text.charCodeAt(i - 1);
        const b = text.charCodeAt(i);
        const opportunity = isBreakSpace(b)
          ? false
          : isBreakSpace(a) || (isHyphen(a) && i >= 2 && !isBreakSpace(text.charCodeAt(i - 2)) && !isHyphen(text.charCodeAt(i - 2)) && !NO_BREAK_BEFORE.has(b));
        if (!opportunity) continue;
      }
      let visibleEnd = i;
      while (visibleEnd > segStart && isBreakSpace(text.charCodeAt(visibleEnd - 1))) visibleEnd--;
      const pieceShown = visibleEnd > segStart ? measure(text.slice(segStart, visibleEnd)) : 0;
      // The spaces after a word measured on their own, not the word again: simple text's widths add up.
      const pieceFull = visibleEnd === i ? pieceShown : pieceShown + measure(text.slice(visibleEnd, i));
      if (lineStart < segStart && full + pieceShown > limit) finish(segStart);
      if (pieceShown <= limit || i - segStart === 1) {
        if (pieceShown > 0) shown = full + pieceShown;
        full += pieceFull;
      } else {
        // A word wider than a whole line: as many of its characters as fit on each line.
        for (let k = segStart; k < i; k++) {
          const space = isBreakSpace(text.charCodeAt(k));
          const w = measure(text[k]!);
          if (!space && lineStart < k && full + w > limit) finish(k);
          if (!space && w > 0) shown = full + w;
          full += w;
        }
      }
      segStart = i;
    }
    finish(text.length);
    return { lines, width };
  }
  const lines: string[] = [];
  let line = '';
  // The line's width with its trailing spaces (what the next piece is added to) and without them.
  let full = 0;
  let shown = 0;
  let width = 0;
  const finish = () => {
    if (line !== '') lines.push(line);
    width = Math.max(width, shown);
    line = '';
    full = 0;
    shown = 0;
  };
  const add = (piece: string, pieceShown: number, pieceFull: number) => {
    line += piece;
    // Spaces alone widen the line for what follows, not what it shows.
    if (pieceShown > 0) shown = full + pieceShown;
    full += pieceFull;
  };
  // The text's grapheme clusters (what a reader sees as one character, never split across
  // lines), cut at their break opportunities: words with the spaces after them, single ideographs.
  const clusters = Array.from(graphemeSegments(text), (s) => s.segment);
  const segments: string[][] = [];
  let current: string[] = [];
  for (let i = 0; i < clusters.length; i++) {
    if (current.length > 0 && breakBetween(clusters[i - 2], clusters[i - 1]!, clusters[i]!)) {
      segments.push(current);
      current = [];
    }
    current.push(clusters[i]!);
  }
  if (current.length > 0) segments.push(current);
  for (const segment of segments) {
    const piece = segment.join('');
    // The segment without the spaces it ends in.
    let end = segment.length;
    while (end > 0 && isBreakSpace(segment[end - 1]!.codePointAt(0)!)) end--;
    const pieceShown = measure(segment.slice(0, end).join(''));
    if (line !== '' && full + pieceShown > limit) finish();
    if (pieceShown <= limit || segment.length === 1) {
      add(piece, pieceShown, measure(piece));
      continue;
    }
    // A word wider than a whole line: as many of its clusters as fit on each line.
    for (const cluster of segment) {
      const space = isBreakSpace(cluster.codePointAt(0)!);
      const w = measure(cluster);
      if (!space && line !== '' && full + w > limit) finish();
      add(cluster, space ? 0 : w, w);
    }
  }
  finish();
  return { lines, width };
}
