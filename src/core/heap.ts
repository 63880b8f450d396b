/**
 * The two heaps the lane layout needs, on typed arrays: busy lanes ordered by where they end
 * (then by index), and free lanes by index. No object per entry, no comparator call: stacking
 * thousands of events is a tight loop even before the JIT has warmed up.
 */
export class BusyLanes {
  readonly #ends: Float64Array;
  readonly #lanes: Int32Array;
  size = 0;

  constructor(capacity: number) {
    this.#ends = new Float64Array(capacity);
    this.#lanes = new Int32Array(capacity);
  }

  /** Where the earliest-ending busy lane ends (Infinity when none is busy). */
  get firstEnd(): number {
    return this.size > 0 ? this.#ends[0]! : Infinity;
  }

  #before(i: number, j: number): boolean {
    const a = this.#ends[i]!;
    const b = this.#ends[j]!;
    return a < b || (a === b && this.#lanes[i]! < this.#lanes[j]!);
  }

  #swap(i: number, j: number): void {
    const end = this.#ends[i]!;
    this.#ends[i] = this.#ends[j]!;
    this.#ends[j] = end;
    const lane = this.#lanes[i]!;
    this.#lanes[i] = this.#lanes[j]!;
    this.#lanes[j] = lane;
  }

  push(lane: number, end: number): void {
    let i = this.size++;
    this.#ends[i] = end;
    this.#lanes[i] = lane;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.#before(i, parent)) break;
      this.#swap(i, parent);
      i = parent;
    }
  }

  /** Removes the earliest-ending busy lane and returns its index. */
  pop(): number {
    const lane = this.#lanes[0]!;
    const last = --this.size;
    if (last > 0) {
      this.#ends[0] = this.#ends[last]!;
      this.#lanes[0] = this.#lanes[last]!;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let min = i;
        if (l < last && this.#before(l, min)) min = l;
        if (r < last && this.#before(r, min)) min = r;
        if (min === i) break;
        this.#swap(i, min);
        i = min;
      }
    }
    return lane;
  }
}

/** Lane indexes that are free again, lowest first. */
export class FreeLanes {
  readonly #lanes: Int32Array;
  size = 0;

  constructor(capacity: number) {
    this.#lanes = new Int32Array(capacity);
  }

  push(lane: number): void {
    const lanes = this.#lanes;
    let i = this.size++;
    lanes[i] = lane;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (lanes[parent]! <= lane) break;
      lanes[i] = lanes[parent]!;
      i = parent;
    }
    lanes[i] = lane;
  }

  /** Removes the lowest free lane and returns it. */
  pop(): number {
    const lanes = this.#lanes;
    const top = lanes[0]!;
    const last = --this.size;
    if (last > 0) {
      const moving = lanes[last]!;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= last) break;
        const r = l + 1;
        const child = r < last && lanes[r]! < lanes[l]! ? r : l;
        if (lanes[child]! >= moving) break;
        lanes[i] = lanes[child]!;
        i = child;
      }
      lanes[i] = moving;
    }
    return top;
  }
}
