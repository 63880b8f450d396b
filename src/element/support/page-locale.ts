/**
 * The locales a page offers an element, nearest first: its `locale` attribute, the `lang` of
 * itself and its ancestors (through shadow roots, so a timeline inside another component
 * still finds the page's language), then the browser's languages.
 */
export function localeCandidates(el: Element, attribute: string | undefined): string[] {
  const found: string[] = [];
  if (attribute !== undefined) found.push(attribute);
  let node: Element | null = el;
  while (node) {
    const lang = node.getAttribute('lang');
    if (lang !== null) found.push(lang);
    node = node.parentElement ?? ((node.getRootNode() as Partial<ShadowRoot>).host ?? null);
  }
  found.push(...(navigator.languages ?? []), navigator.language);
  return found;
}
