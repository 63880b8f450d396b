/**
 * The linear map from time (ms) to pixels. d3-scale's scaleLinear carries ticks, nice and
 * number formatting (d3-format with its default locale, d3-color through its interpolators),
 * none of which the element uses: the axis has its own calendar ticks. This is the part it
 * uses (the map, its domain and range); d3-zoom keeps its own transform (zoom-transform.ts), so
 * nothing inverts or copies a scale (the main file is 48 bytes lighter without those).
 */
export interface LinearScale {
  (value: number): number;
  domain(): [number, number];
  domain(domain: ReadonlyArray<number | Date>): this;
  range(): [number, number];
  range(range: readonly number[]): this;
}

/** Like d3's scaleLinear with the default clamp-free, rounding-free interpolation. */
export function linearScale(domain: readonly [number, number] = [0, 1], range: readonly [number, number] = [0, 1]): LinearScale {
  let [d0, d1] = domain;
  let [r0, r1] = range;
  // A zero-width domain maps everything to the middle of the range, as d3 does.
  const scale = ((value: number) => (d1 === d0 ? (r0 + r1) / 2 : r0 + ((value - d0) / (d1 - d0)) * (r1 - r0))) as LinearScale;
  scale.domain = ((next?: ReadonlyArray<number | Date>) => {
    if (!next) return [d0, d1];
    d0 = Number(next[0]);
    d1 = Number(next[next.length - 1]);
    return scale;
  }) as LinearScale['domain'];
  scale.range = ((next?: readonly number[]) => {
    if (!next) return [r0, r1];
    r0 = Number(next[0]);
    r1 = Number(next[next.length - 1]);
    return scale;
  }) as LinearScale['range'];
  return scale;
}
