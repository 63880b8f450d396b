import { html, type TemplateResult } from 'lit';
import { capMarks, LONG_TEXT, splitLongText } from '../../core/visible-text.js';

/**
 * A text of the details panel, whole. Runs of marks beyond what a font stacks are cut (their
 * shaping time grows with the square of the run); a very long text is drawn as pieces the
 * browser lays out only once they scroll into view (class `piece`, see styles.ts).
 */
export function renderLongText(text: string): string | TemplateResult {
  const capped = capMarks(text);
  if (capped.length <= LONG_TEXT) return capped;
  return html`${splitLongText(capped).map((piece) => html`<span class="piece">${piece}</span>`)}`;
}
