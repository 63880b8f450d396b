import { adoptStyles, type CSSResultOrNative } from 'lit';

/**
 * Constructed style sheets belong to the document that made them: a shadow root moved into
 * another document (`adoptNode` into an iframe) loses them and cannot adopt them there. On
 * each connection this gives the root its styles back: adopted again at home, as `<style>`
 * elements abroad.
 */
export function keepStyles(root: ShadowRoot | null, styles: readonly CSSResultOrNative[]): void {
  if (!root) return;
  const fallback = root.querySelectorAll(':scope > style[data-timeline-styles]');
  if (root.adoptedStyleSheets.length > 0 && fallback.length === 0) return;
  for (const el of fallback) el.remove();
  try {
    adoptStyles(root, [...styles]);
  } catch {
    root.adoptedStyleSheets = [];
    for (const s of styles) {
      const el = root.ownerDocument.createElement('style');
      el.dataset['timelineStyles'] = '';
      el.textContent = s instanceof CSSStyleSheet ? [...s.cssRules].map((r) => r.cssText).join('\n') : s.cssText;
      root.prepend(el);
    }
  }
}
