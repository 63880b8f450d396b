/** Longer than this, a thrown text is cut: a message is for reading, not a dump of data. */
const MAX_MESSAGE_LENGTH = 300;

function shorten(text: string): string {
  return text.length > MAX_MESSAGE_LENGTH ? `${text.slice(0, MAX_MESSAGE_LENGTH - 1)}…` : text;
}

/**
 * Readable text for anything a `throw` can carry. A page's getter or Proxy may throw a value
 * with no prototype, a symbol, a revoked Proxy, or an Error whose own message getter throws:
 * turning those into text throws again, so each way of reading is tried in turn and the
 * last resort is `fallback`, never a second exception.
 */
export function errorMessage(thrown: unknown, fallback = 'a value that is not an error'): string {
  try {
    if (thrown instanceof Error) {
      const message: unknown = thrown.message;
      if (typeof message === 'string' && message.trim() !== '') return shorten(message);
      const name: unknown = thrown.name;
      return typeof name === 'string' && name.trim() !== '' ? name : fallback;
    }
  } catch {
    return fallback;
  }
  if (typeof thrown === 'string') return thrown.trim() === '' ? fallback : shorten(thrown);
  if (typeof thrown === 'symbol') return thrown.description ? `Symbol(${shorten(thrown.description)})` : fallback;
  try {
    const text = String(thrown);
    // "[object Object]" says nothing a reader can use.
    return text.trim() === '' || /^\[object \w*\]$/.test(text) ? fallback : shorten(text);
  } catch {
    return fallback;
  }
}
