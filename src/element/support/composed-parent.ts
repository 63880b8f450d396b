/**
 * An element's parent, or the host of the shadow root it is the top of: the way up a page
 * through the components an element sits in (a document, which has no host, ends it).
 */
export const composedParent = (el: Element): Element | null => el.parentElement ?? (el.getRootNode() as Partial<ShadowRoot>).host ?? null;
