import type { ReactiveController } from 'lit';
import type { HashLink, HashLinkDeps } from '../support/hash-link.js';
import { OnDemand } from '../support/on-demand.js';
import { loadHash, type HashPart } from '../support/parts.js';
import type { TimelineHost } from './host.js';

/**
 * A link to an item: with `hash-key="tl"` the selection is mirrored in the page's fragment as
 * `#tl=<id>` (support/hash-link.ts). What does it is loaded on demand by the first update
 * with `hash-key`; that update and `updateComplete` wait for it, so the fragment's item is
 * selected in the first picture. Without `hash-key` the URL is never read or touched.
 */
export class HashController implements ReactiveController {
  readonly #part: OnDemand<HashPart>;
  #link?: HashLink;

  constructor(
    private readonly host: TimelineHost,
    private readonly deps: HashLinkDeps,
  ) {
    this.#part = new OnDemand(host, loadHash);
    host.addController(this);
  }

  hostConnected(): void {
    this.#link?.connect();
  }

  hostDisconnected(): void {
    this.#link?.disconnect();
  }

  hostUpdate(): void {
    const key = this.host.hashKey;
    if (!key) return;
    if (!this.#link) {
      const part = this.#part.get();
      if (!part) return;
      this.#link = new part.HashLink(this.host, this.deps);
      if (this.host.isConnected) this.#link.connect();
    }
    this.#link.hostUpdate(key);
  }

  hostUpdated(): void {
    this.#link?.hostUpdated(this.host.hashKey);
  }

  /** The address of the page with this item selected, for "copy link". */
  linkTo(id: string): string | undefined {
    const key = this.host.hashKey;
    return key ? this.#link?.linkTo(key, id) : undefined;
  }
}
