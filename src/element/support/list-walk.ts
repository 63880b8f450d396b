import { SlugMaker } from '../../core/import/slug.js';
import type { TimelineDocument, TimelineEventInput, TimelineSource } from '../../core/types.js';
import { textLines } from './list-text.js';

/**
 * An `<ol>` or `<ul>` child of the element as an event-timeline document, for the same reading
 * and checks as JSON (docs/data-format.md, "A list in the page"). Only text and attribute values
 * are taken, never markup. Which part of an `<li>` is which:
 * - the first two `<time>`s outside the quote, the links and nested lists: the date, or the start and end;
 * - the first heading or `<strong>`: the title, else the first line of text, else the first link's words;
 * - a `<blockquote>`: the quote; an `<img>` (in a `<figure>`, with its `<figcaption>`): the media;
 * - each `<a href>`: a source (a `<time>` in it is the source's date); a link in a paragraph
 *   stays part of the description's words, others do not;
 * - the rest of the text (not what the page hides): the description; `id`, `data-group`, `data-place`:
 *   id, group, place.
 */

/**
 * The text of a `<time>`: its `datetime`, else its content (as HTML reads a time's value). HTML
 * lets a space stand for the `T` between a date and its time ("2024-03-05 10:00"); it is read as
 * the `T` it stands for. (vis.ts reads its strings so too, with a regular expression of its own:
 * shared, the two parts that load on demand would load a third file for one line.)
 */
const valueOf = (time: Element) => (time.getAttribute('datetime') ?? time.textContent ?? '').trim().replace(/^([+-]?\d{4,}-\d\d-\d\d) (?=\d\d:)/, '$1T');

const line = (el: Element, skip?: (el: Element) => boolean) => textLines(el, skip).join(' ');

/** `field` only when there is text for it: an absent part is absent, not an empty text. */
const some = <K extends string>(field: K, value: string | undefined) => (value ? ({ [field]: value } as Record<K, string>) : {});

// The elements that carry an item's fields, found in one pass over the item.
const PARTS = 'time, h1, h2, h3, h4, h5, h6, strong, img, a[href], blockquote';
const QUOTE = new Set(['blockquote']);
// A nested list is a line of the description: its times, headings and pictures are its words, not the item's date, title or media.
const QUOTE_LINK_OR_LIST = new Set(['blockquote', 'a', 'ol', 'ul']);
const PARAGRAPH = new Set(['p']);
const FIGURE = new Set(['figure']);

function readItem(li: Element, slugs: SlugMaker): TimelineEventInput {
  // The nearest element named in `names` that holds `el`, inside this item.
  const holder = (el: Element, names: ReadonlySet<string>) => {
    for (let up = el.parentElement; up && up !== li; up = up.parentElement) if (names.has(up.localName)) return up;
    return undefined;
  };
  const dates: Element[] = [];
  const links: Element[] = [];
  let quote: Element | undefined;
  let heading: Element | undefined;
  let img: Element | undefined;
  for (const el of li.querySelectorAll(PARTS)) {
    const name = el.localName;
    if (name === 'blockquote') quote ??= el;
    else if (name === 'a') {
      if (!holder(el, QUOTE)) links.push(el);
    } else if (holder(el, QUOTE_LINK_OR_LIST)) continue;
    else if (name === 'time') {
      if (dates.length < 2) dates.push(el);
    } else if (name === 'img') img ??= el;
    else heading ??= el;
  }
  const figure = img && holder(img, FIGURE);
  const apart = new Set<Element>([...dates, ...links.filter((a) => !holder(a, PARAGRAPH))]);
  for (const el of [heading, quote, figure ?? img]) if (el) apart.add(el);
  const lines = textLines(li, (el) => apart.has(el));
  // Else the first line of text; an item that is only a date and a link (`<time>…</time> <a href>Headline</a>`,
  // the way many news lists are written) is called by the link's words, which is a source too.
  const title = heading ? line(heading, (el) => dates.includes(el)) : (lines.shift() ?? (links[0] && line(links[0], (el) => dates.includes(el) || el.localName === 'time')));
  const [start, end] = dates.map(valueOf);
  const sources = links.map((a): TimelineSource => {
    const time = a.querySelector('time');
    const url = a.getAttribute('href')!.trim();
    return { name: line(a, (el) => el === time) || url, ...some('url', url), ...some('date', time ? valueOf(time) : undefined) };
  });
  const caption = figure?.querySelector('figcaption');
  const src = img?.getAttribute('src')?.trim();
  return {
    id: li.id || slugs.next(title ?? ''),
    title: title ?? '',
    ...(end !== undefined ? { start, end } : start !== undefined ? { date: start } : {}),
    ...some('description', lines.join('\n')),
    ...some('place', li.getAttribute('data-place')?.trim()),
    ...some('quote', quote ? textLines(quote).join('\n') : undefined),
    ...some('group', li.getAttribute('data-group')?.trim()),
    ...(sources.length > 0 ? { sources } : {}),
    ...(src ? { media: { url: src, alt: img!.getAttribute('alt')?.trim() ?? '', ...some('caption', caption ? line(caption) : undefined) } } : {}),
  };
}

/** The list's name: its `aria-label`, the element its `aria-labelledby` names, or the heading just before it. */
function titleOf(list: Element): string | undefined {
  const label = list.getAttribute('aria-label')?.trim();
  if (label) return label;
  const root = list.getRootNode() as Document | ShadowRoot;
  const named = (list.getAttribute('aria-labelledby') ?? '').split(/\s+/).flatMap((id) => {
    const el = id ? root.getElementById(id) : null;
    return el ? [line(el)] : [];
  });
  if (named.join('')) return named.join(' ');
  const before = list.previousElementSibling;
  return before && /^h[1-6]$/.test(before.localName) ? line(before) || undefined : undefined;
}

export function readListElement(list: Element): TimelineDocument {
  const items = [...list.children].filter((el) => el.localName === 'li');
  // Ids the page gave come first: a slug never takes one of them.
  const slugs = new SlugMaker(items.map((li) => li.id).filter((id) => id !== ''));
  const title = titleOf(list);
  const lang = list.getAttribute('lang')?.trim();
  return { ...some('title', title), ...some('lang', lang), events: items.map((li) => readItem(li, slugs)) };
}
