import { composedParent } from './composed-parent.js';

/**
 * The `lang` of an element and of its ancestors, nearest first (null where there is none),
 * through shadow roots, so a timeline inside another component still finds the page's language.
 * Read once an update for the locale's candidates (below) and the page's language (locale-controller.ts).
 */
export function ancestorLangs(el: Element): (string | null)[] {
  const found: (string | null)[] = [];
  // Up to the root, through a shadow root's host; a document (no host) ends the walk.
  for (let node: Element | null = el; node; node = composedParent(node)) found.push(node.getAttribute('lang'));
  return found;
}

/**
 * The locales a page offers an element, nearest first: its `locale` attribute, the `lang` of
 * itself and its ancestors, then the browser's languages. An absent attribute or `lang` stays
 * in the list: resolveLocale passes over what is not text.
 */
export const localeCandidates = (attribute: string | undefined, langs: readonly (string | null)[]): (string | null | undefined)[] => [
  attribute,
  ...langs,
  ...(navigator.languages ?? []),
  navigator.language,
];
