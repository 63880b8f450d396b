import { html, nothing, type TemplateResult } from 'lit';
import type { Messages } from '../../core/messages.js';
import type { Failure } from '../support/data-reader.js';

/** Why nothing (or not everything) is shown: the message, and one line per skipped event. */
export function renderFailure(failure: Failure, m: Messages): TemplateResult {
  return html`<div part="error" class="error" role="alert">
    <p>${failure.message(m)}</p>
    ${failure.problems.length > 0
      ? html`<ul>
          ${failure.problems.map((p) => html`<li>${m.problem(p.index, p.id, p.message)}</li>`)}
        </ul>`
      : nothing}
  </div>`;
}
