/** Colours as getComputedStyle writes them (rgb(), rgba() or color(srgb …)), and WCAG contrast between two. */
export function rgb(color: string): [number, number, number] {
  const m = /rgba?\(([\d.]+),?\s*([\d.]+),?\s*([\d.]+)/.exec(color) ?? /color\(srgb ([\d.]+) ([\d.]+) ([\d.]+)/.exec(color);
  if (!m) throw new Error(`cannot read colour ${color}`);
  const scale = color.startsWith('color(') ? 255 : 1;
  return [Number(m[1]) * scale, Number(m[2]) * scale, Number(m[3]) * scale];
}

export function luminance([r, g, b]: [number, number, number]): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

export function contrast(a: string, b: string): number {
  const [l1, l2] = [luminance(rgb(a)), luminance(rgb(b))].sort((x, y) => y - x);
  return (l1! + 0.05) / (l2! + 0.05);
}

/** CIE76 colour difference (ΔE in CIELAB, D65): about 2.3 is just noticeable; 30 and more reads as another colour. */
export function deltaE(a: string, b: string): number {
  const lab = (color: string) => {
    const [r, g, b2] = rgb(color).map((c) => {
      const s = c / 255;
      return s <= 0.04045 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
    }) as [number, number, number];
    const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
    const x = f((0.4124 * r + 0.3576 * g + 0.1805 * b2) / 0.95047);
    const y = f(0.2126 * r + 0.7152 * g + 0.0722 * b2);
    const z = f((0.0193 * r + 0.1192 * g + 0.9505 * b2) / 1.08883);
    return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
  };
  const [p, q] = [lab(a), lab(b)];
  return Math.hypot(p[0]! - q[0]!, p[1]! - q[1]!, p[2]! - q[2]!);
}
