import { noChange, type ElementPart } from 'lit';
import { Directive, directive, type AttributePart, type DirectiveResult } from 'lit/directive.js';

export type StyleInfo = Readonly<Record<string, string | number | undefined | null>>;

/**
 * Like Lit's `styleMap`, but through the CSSOM from the very first render. Lit's own writes
 * the first render as a `style="…"` attribute string, which a strict `style-src` policy
 * (without 'unsafe-inline') blocks, leaving every event unpositioned. Setting properties on
 * `element.style` is always allowed.
 */
// Only this project's templates use it, always in a style attribute (no check of where it is, as Lit's own makes: bytes of every page).
class CssomStyleDirective extends Directive {
  /** What was last written, so that a zoom frame touches only the values that changed. */
  #previous: Record<string, string> = {};

  render(_styles: StyleInfo): typeof noChange {
    return noChange;
  }

  // Plain objects and for-in: a first render runs this for every event's three boxes.
  override update(part: AttributePart | ElementPart, [styles]: [StyleInfo]): typeof noChange {
    const style = (part.element as HTMLElement | SVGElement).style;
    const previous = this.#previous;
    const next: Record<string, string> = {};
    for (const name in styles) {
      const raw = styles[name];
      if (raw === undefined || raw === null) continue;
      const value = String(raw);
      next[name] = value;
      if (previous[name] === value) continue;
      if (name.includes('-')) style.setProperty(name, value);
      else (style as unknown as Record<string, string>)[name] = value;
    }
    for (const name in previous) {
      if (name in next) continue;
      if (name.includes('-')) style.removeProperty(name);
      else (style as unknown as Record<string, string>)[name] = '';
    }
    this.#previous = next;
    return noChange;
  }
}

// Its type written out: inferred, the declarations would name 'lit-html', which the package does not depend on.
export const styleMap: (styles: StyleInfo) => DirectiveResult<typeof CssomStyleDirective> = directive(CssomStyleDirective);
