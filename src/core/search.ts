/** Where `value` goes in `sorted` (ascending) up to `hi`: after every entry less than it (a binary search). */
export function firstAtLeast(sorted: ArrayLike<number>, value: number, hi = sorted.length): number {
  let lo = 0;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
