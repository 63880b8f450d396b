import { adoptStyles, type CSSResult } from 'lit';

/** Our `<style>` elements, where the sheets cannot be adopted. */
const OURS = ':scope > style[data-timeline-styles]';

function styleElement(root: ShadowRoot, css: string): HTMLStyleElement {
  const el = root.ownerDocument.createElement('style');
  el.dataset['timelineStyles'] = '';
  el.textContent = css;
  return el;
}

/**
 * Constructed style sheets belong to the document that made them: a shadow root moved into
 * another document (`adoptNode` into an iframe) loses them and cannot adopt them there. On
 * each connection this gives the root its styles back: adopted again at home, as `<style>`
 * elements abroad. The styles are the element's own and its parts', all `css` results (a
 * native sheet has no cssText: none is among them).
 */
export function keepStyles(root: ShadowRoot | null, styles: readonly CSSResult[]): void {
  if (!root) return;
  const fallback = root.querySelectorAll(OURS);
  if (root.adoptedStyleSheets.length > 0 && fallback.length === 0) return;
  for (const el of fallback) el.remove();
  try {
    adoptStyles(root, [...styles]);
  } catch {
    root.adoptedStyleSheets = [];
    // In their order, all at once: one at a time, each before the last, would turn the cascade
    // round (a later sheet is meant to override an earlier one of equal specificity).
    root.prepend(...styles.map((s) => styleElement(root, s.cssText)));
  }
}

/** Adds the styles of a part loaded later (support/on-demand.ts) to the root's, in the same two ways. */
export function adoptMore(root: ShadowRoot | null, style: CSSResult): void {
  if (!root) return;
  const sheet = style.styleSheet;
  if (sheet && root.adoptedStyleSheets.includes(sheet)) return;
  try {
    // Adopted where the root's own styles are (not where they are <style> elements, or without a sheet).
    if (sheet && !root.querySelector(OURS)) return void (root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet]);
  } catch {
    // A root that refuses adopted sheets: a <style> element, as below.
  }
  root.append(styleElement(root, style.cssText));
}
