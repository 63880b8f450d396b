/** Small statistics and table helpers for the benchmark's report. */
export function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

export function quantile(values, q) {
  const s = [...values].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)];
}

export const mean = (values) => values.reduce((a, b) => a + b, 0) / values.length;

/** Long tasks are only reported from 50 ms on: a longest task of 0 means none reached 50 ms. */
export const LONG_TASK = 'task';

function fmt(value, digits, kind) {
  if (!Number.isFinite(value)) return '–';
  if (kind === LONG_TASK && value === 0) return '<50';
  if (Math.abs(value) >= 1000) return Math.round(value).toLocaleString('en-US');
  return value.toFixed(digits);
}

/** "median [min–max]" of several runs, or the single value. */
export function summary(values, digits = 1, kind = undefined) {
  const v = values.filter(Number.isFinite);
  if (v.length === 0) return 'n/a';
  const m = fmt(median(v), digits, kind);
  if (v.length === 1 || Math.min(...v) === Math.max(...v)) return m;
  return `${m} [${fmt(Math.min(...v), digits, kind)}–${fmt(Math.max(...v), digits, kind)}]`;
}

export function ratio(ours, theirs) {
  const a = ours.filter(Number.isFinite);
  const b = theirs.filter(Number.isFinite);
  if (a.length === 0 || b.length === 0) return 'n/a';
  const r = median(a) / median(b);
  if (!Number.isFinite(r)) return 'n/a';
  return r >= 0.1 ? `${r.toFixed(2)}×` : `1/${Math.round(1 / r)}`;
}

/** A Markdown table with padded columns, readable in a terminal and pastable into the README. */
export function table(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => `| ${cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}
