/**
 * The text of part of an HTML list item as a reader of the page sees it: words only, never
 * markup (an `<img onerror>` written in a title is the words it spells). Block elements start a
 * new line, so a paragraph does not run into the next; runs of white space are one space.
 */

// Elements that begin a line of their own.
const BLOCK = new Set('address article aside blockquote br dd details div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tr ul'.split(' '));
// Elements whose content no reader sees as text.
const UNSEEN = new Set('script style template noscript iframe object svg math textarea select'.split(' '));

// Stands where a part was taken out of the text, so that only what joined that part goes with it.
const CUT = '\u0000';

/** The lines of text under `root`, leaving out the elements `skip` names (and all under them). */
export function textLines(root: Node, skip: (el: Element) => boolean = () => false): string[] {
  let text = '';
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      // A NUL in the text itself is what an HTML parser makes of it: a replacement character.
      if (child.nodeType === Node.TEXT_NODE) text += (child as Text).data.replaceAll(CUT, '\ufffd');
      if (child.nodeType !== Node.ELEMENT_NODE) continue;
      const el = child as Element;
      if (skip(el)) text += CUT;
      // Hidden by the page (`hidden`): no reader sees it, so it is no part of the item.
      if (skip(el) || UNSEEN.has(el.localName) || (el as HTMLElement).hidden) continue;
      const block = BLOCK.has(el.localName);
      if (block) text += '\n';
      walk(el);
      if (block) text += '\n';
    }
  };
  walk(root);
  const lines: string[] = [];
  for (const line of text.split('\n')) {
    const tidied = tidy(line);
    if (tidied !== '') lines.push(tidied);
  }
  return lines;
}

// What joins a part to its neighbours: white space, punctuation between phrases, dashes.
const JOIN = '[\\s:,|·–—-]*';
// Brackets that held only parts taken out (`Talks (<time>…</time> – <time>…</time>)`) go with them.
const EMPTY_BRACKETS = new RegExp(`\\(${JOIN}(?:${CUT}${JOIN})+\\)|\\[${JOIN}(?:${CUT}${JOIN})+\\]`, 'g');
const AROUND_CUT = new RegExp(`${JOIN}${CUT}${JOIN}`, 'g');

/**
 * A line without what joined it to the parts taken out of it (the dash between two dates, the
 * colon after a date, the comma before a source's date); all other text stays as written.
 */
function tidy(line: string): string {
  const cut = line.includes(CUT) ? line.replace(EMPTY_BRACKETS, ' ').replace(AROUND_CUT, ' ') : line;
  return cut.replace(/\s+/g, ' ').trim();
}
