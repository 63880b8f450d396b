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
  return html`<div part="controls" class="controls" role="toolbar" aria-label=${m.zoomControls}>
    <button part="control zoom-in" type="button" aria-label=${m.zoomIn} title=${m.zoomIn} @click=${(e: Event) => props.onZoom('in', e)}>+</button>
    <button part="control zoom-out" type="button" aria-label=${m.zoomOut} title=${m.zoomOut} @click=${(e: Event) => props.onZoom('out', e)}>−</button>
    <button part="control fit" type="button" aria-label=${m.fit} title=${m.fit} @click=${(e: Event) => props.onZoom('fit', e)}>⤢</button>
    ${props.onExport ? (['svg', 'png'] as const).map((type) => exportButton(type, m.download(type.toUpperCase()), props.onExport!)) : nothing}
  </div>`;
}

/** Its visible text is the file type, which its name contains (the name a voice user says). */
function exportButton(type: 'svg' | 'png', name: string, onExport: (type: 'svg' | 'png') => void): TemplateResult {
  return html`<button part=${`control export export-${type}`} type="button" aria-label=${name} title=${name} @click=${() => onExport(type)}>
    ${type.toUpperCase()}
  </button>`;
}
