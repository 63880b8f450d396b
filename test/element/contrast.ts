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
