import { remembered } from './remembered.js';

/** How the element settles on a locale from the candidates a page offers. */
export interface LocaleChoice {
  /** A tag Intl accepts, in canonical form. */
  locale: string;
  /** Candidates Intl refuses, in the order they were passed over. */
  rejected: string[];
}

const canonical = new Map<string, string | null>();

function canonicalTag(tag: string): string | null {
  return remembered(canonical, tag, () => {
    if (canonical.size > 500) canonical.clear();
    try {
      return Intl.getCanonicalLocales(tag)[0] ?? null;
    } catch {
      return null;
    }
  });
}

/** The last resort: every Intl has English. */
export const FALLBACK_LOCALE = 'en';

/**
 * The first candidate Intl accepts (empty ones are skipped, `en_US` is read as `en-US`), with
 * the ones refused on the way; `en` when none is usable. Candidates come nearest first: the
 * element's attribute, the `lang` of its ancestors, the browser's languages.
 */
export function resolveLocale(candidates: readonly unknown[]): LocaleChoice {
  const rejected: string[] = [];
  for (const candidate of candidates) {
    // A page may set the property to anything; only text can name a locale.
    const tag = typeof candidate === 'string' ? candidate.trim() : undefined;
    if (!tag) continue;
    let found = canonicalTag(tag);
    // Else the tag with `-` for `_` (quietly: the page meant it). Without a `_` this is the tag again,
    // refused again (remembered).
    found ??= canonicalTag(tag.replaceAll('_', '-'));
    if (found) return { locale: found, rejected };
    rejected.push(tag);
  }
  return { locale: FALLBACK_LOCALE, rejected };
}
