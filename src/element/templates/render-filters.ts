import { html, nothing, type TemplateResult } from 'lit';
import { labelText } from '../../core/visible-text.js';
import { live } from 'lit/directives/live.js';
import type { Messages } from '../../core/messages.js';
import type { TimelineGroup } from '../../core/types.js';
import { groupColour } from '../../core/model.js';

export interface FiltersProps {
  messages: Messages;
  /** The document's groups: a legend toggle each (none without groups). */
  groups: readonly TimelineGroup[];
  groupShown: (id: string) => boolean;
  onToggleGroup: (id: string) => void;
  /** Whether to offer the search field (`searchable`). */
  searchable: boolean;
  query: string;
  onSearch: (query: string) => void;
}

/** The legend of groups, each a toggle button in the group's colour, and the search field. */
export function renderFilters(props: FiltersProps): TemplateResult | typeof nothing {
  const m = props.messages;
  if (props.groups.length === 0 && !props.searchable) return nothing;
  return html`<div class="filters">
    ${props.groups.length > 0
      ? html`<div part="legend" class="legend" role="group" aria-label=${m.legend}>
          ${props.groups.map(
            (g, i) =>
              html`<button
                part="legend-item"
                class="legend-item"
                type="button"
                data-group=${g.id}
                data-group-index=${groupColour(i)}
                aria-pressed=${props.groupShown(g.id) ? 'true' : 'false'}
                @click=${() => props.onToggleGroup(g.id)}
              >
                <span class="swatch" aria-hidden="true"></span>${labelText(g.label)}
              </button>`,
          )}
        </div>`
      : nothing}
    ${props.searchable
      ? html`<input
          part="search"
          class="search"
          type="search"
          aria-label=${m.search}
          placeholder=${m.search}
          .value=${live(props.query)}
          @input=${(e: InputEvent) => props.onSearch((e.target as HTMLInputElement).value)}
        />`
      : nothing}
  </div>`;
}
