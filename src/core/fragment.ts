/**
 * A page's URL fragment as `key=value` pairs joined by `&` (`#a=1&tl=x`), read and written one
 * key at a time. Other pairs keep their exact text and order: the timeline shares the fragment
 * with the page and with other timelines.
 */

function pairs(hash: string): string[] {
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  return body === '' ? [] : body.split('&');
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}

/** The value of `key` in the fragment, decoded; null when the key is absent. */
export function fragmentValue(hash: string, key: string): string | null {
  for (const pair of pairs(hash)) {
    const at = pair.indexOf('=');
    const name = decode(at < 0 ? pair : pair.slice(0, at));
    if (name === key) return at < 0 ? '' : decode(pair.slice(at + 1));
  }
  return null;
}

/** The fragment with `key` set to `value` (in place, or added last), or removed when `value` is null. */
export function withFragmentValue(hash: string, key: string, value: string | null): string {
  const out: string[] = [];
  let done = false;
  for (const pair of pairs(hash)) {
    const at = pair.indexOf('=');
    if (decode(at < 0 ? pair : pair.slice(0, at)) !== key) {
      out.push(pair);
      continue;
    }
    if (value !== null && !done) out.push(`${encodeURIComponent(key)}=${encodeURIComponent(value)}`);
    done = true;
  }
  if (value !== null && !done) out.push(`${encodeURIComponent(key)}=${encodeURIComponent(value)}`);
  return out.length > 0 ? `#${out.join('&')}` : '';
}
