/**
 * Ids for entries that bring none (a TimelineJS event without `unique_id`, a spreadsheet row, a
 * vis item without `id`): a slug of the title, so that the same data gives the same ids on every
 * load and a link or a `selected` attribute keeps pointing at the same event.
 */
export function slugOf(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug === '' ? 'event' : slug;
}

/**
 * Hands out slugs that no other entry uses: the ids given in the data are taken first, and a
 * repeated title gets `-2`, `-3`, … in the order of the data.
 */
export class SlugMaker {
  readonly #taken: Set<string>;

  constructor(given: Iterable<string>) {
    this.#taken = new Set(given);
  }

  next(title: string): string {
    const base = slugOf(title);
    let id = base;
    for (let n = 2; this.#taken.has(id); n++) id = `${base}-${n}`;
    this.#taken.add(id);
    return id;
  }
}
