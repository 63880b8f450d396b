import { html, type TemplateResult } from 'lit';
import type { Messages } from '../../core/messages.js';
import { problemSections, type Failure } from '../support/data-reader.js';

/**
 * Why nothing (or not everything) is shown: a refused document's message; else its problems,
 * one line each, under what came of them (support/data-reader.ts): a kept item's line under
 * "skipped" told the reader it was not on the chart when it was.
 */
export function renderFailure(failure: Failure, m: Messages): TemplateResult {
  const { problems } = failure;
  return html`<div part="error" class="error" role="alert">
    ${failure.message
      ? html`<p>${failure.message(m)}</p>`
      : problemSections(problems, m).map(([heading, list]) => html`<p>${heading}</p><ul>${list.map((p) => html`<li>${m.problem(p.index, p.id, p.message)}</li>`)}</ul>`)}
  </div>`;
}
