import { html, type TemplateResult } from 'lit';
import type { Messages } from '../../core/messages.js';

export interface ControlsProps {
  messages: Messages;
  onZoomIn: () => void;
  onZoomOut: () => void;
  onFit: () => void;
}

/** Zoom in, zoom out and fit, each a real button with an accessible name. */
export function renderControls(props: ControlsProps): TemplateResult {
  const m = props.messages;
  return html`<div part="controls" class="controls" role="toolbar" aria-label=${m.zoomControls}>
    <button part="control zoom-in" type="button" aria-label=${m.zoomIn} title=${m.zoomIn} @click=${props.onZoomIn}>+</button>
    <button part="control zoom-out" type="button" aria-label=${m.zoomOut} title=${m.zoomOut} @click=${props.onZoomOut}>−</button>
    <button part="control fit" type="button" aria-label=${m.fit} title=${m.fit} @click=${props.onFit}>⤢</button>
  </div>`;
}
