import { composedParent } from './composed-parent.js';

/**
 * The locales a page offers an element, nearest first: its `locale` attribute, the `lang` of
 * itself and its ancestors (through shadow roots, so a timeline inside another component
 * still finds the page's language), then the browser's languages.
 */
export function localeCandidates(el: Element, attribute: string | undefined): (string | null | undefined)[] {
  // An absent attribute or `lang` stays in the list: resolveLocale passes over what is not text.
  const found: (string | null | undefined)[] = [attribute];
  // Up to the root, through a shadow root's host; a document (no host) ends the walk.
  for (let node: Element | null = el; node; node = composedParent(node)) found.push(node.getAttribute('lang'));
  found.push(...(navigator.languages ?? []), navigator.language);
  return found;
}

/**
 * The language the page gives the element's content: the nearest `lang` of itself and its
 * ancestors (through shadow roots), or undefined. A document that names no language of its own
 * is written in it, as far as anyone can tell, not in the element's locale.
 */
export function pageLanguage(el: Element): string | undefined {
  for (let node: Element | null = el; node; node = composedParent(node)) {
    const lang = node.getAttribute('lang');
    if (lang) return lang;
  }
  return undefined;
}
