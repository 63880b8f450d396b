/**
 * Remembers the last value and the inputs it was made from; asking again with the same
 * inputs (compared with ===) returns it without making it again.
 */
export class Memo<T> {
  #last?: { key: readonly unknown[]; value: T };

  get(key: readonly unknown[], make: () => T): T {
    const last = this.#last;
    if (last && last.key.length === key.length && last.key.every((k, i) => k === key[i])) return last.value;
    const value = make();
    this.#last = { key, value };
    return value;
  }
}
