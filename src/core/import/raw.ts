/**
 * Reading data of unknown shape safely: in a file of their own because shape detection
 * (format-of.ts) and validation (parse.ts) need them for every page, while the readers'
 * helpers (entries.ts) come only with the readers, loaded on demand.
 */
export type Raw = Record<string, unknown>;

export const isRecord = (value: unknown): value is Raw => typeof value === 'object' && value !== null && !Array.isArray(value);

/** An own property only, so that `__proto__` or `constructor` keys are plain data. */
export const own = (record: Raw, key: string): unknown => (Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined);
