import { html, nothing, type TemplateResult } from 'lit';
import type { Messages } from '../../core/messages.js';

export interface ControlsProps {
  messages: Messages;
  /** A zoom button's click. */
  onZoom: (how: 'in' | 'out' | 'fit', e: Event) => void;
  /** With `exportable`: saves the picture as a file of this type. */
  onExport?: (type: 'svg' | 'png') => void;
}

/** Zoom in, zoom out and fit, each a real button with an accessible name; with `exportable`, a button per file type. */
export function renderControls(props: ControlsProps): TemplateResult {
  const m = props.messages;
  return html`<div part="controls" class="controls" role="group" aria-label=${m.zoomControls}>
    ${button('zoom-in', m.zoomIn, (e) => props.onZoom('in', e), '+')}
    ${button('zoom-out', m.zoomOut, (e) => props.onZoom('out', e), '−')}
    ${button('fit', m.fit, (e) => props.onZoom('fit', e), '⤢')}
    ${props.onExport
      ? (['svg', 'png'] as const).map((type) => button(`export export-${type}`, m.download(type.toUpperCase()), () => props.onExport!(type), type.toUpperCase()))
      : nothing}
  </div>`;
}

/**
 * A control (part `control` and its own), named by its label and title; an export button's
 * visible text is the file type, which its name contains (the name a voice user says).
 */
function button(part: string, name: string, onClick: (e: Event) => void, text: string): TemplateResult {
  return html`<button part=${`control ${part}`} type="button" aria-label=${name} title=${name} @click=${onClick}>${text}</button>`;
}
