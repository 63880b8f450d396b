/**
 * The value a cache keeps for `key`, made by `make` the first time it is asked for: the one
 * get-or-make of the caches kept per page, per model or per list (zones, locales, formatters,
 * tick labels, item columns, spans, label ranks). A value of undefined is not one a cache keeps: it is made again.
 */
export function remembered<K, V>(cache: { get(key: K): V | undefined; set(key: K, value: V): unknown }, key: K, make: () => V): V {
  let value = cache.get(key);
  if (value === undefined) cache.set(key, (value = make()));
  return value;
}
