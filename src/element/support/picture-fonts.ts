import { esc } from '../../core/svg.js';

/**
 * The page's web fonts a picture is written in, put inside it as data. An SVG drawn as an image
 * (in an `<img>`, on the canvas of a PNG, in another program) loads nothing from outside, so a
 * font the page loaded itself was replaced by a fallback there: texts placed for a narrow brand
 * font were drawn wider and ran into the next marker. With the picture-files part (on demand):
 * the PNG and the downloads are made asynchronously and can fetch the font files; `toSVG()`
 * answers at once and names the family only.
 *
 * Which faces: the `@font-face` rules of the page's style sheets for the families the picture
 * names, of the unicode ranges the page loaded for them (a site's font split into subsets by
 * script brings the ones it used). A sheet of another origin that does not let the page read it,
 * or a font file it may not fetch, is passed over: the picture names the family, as before.
 */
export async function withFonts(svg: string, doc: Document = document): Promise<string> {
  const named = /font-family="([^"]*)"/.exec(svg);
  if (!named) return svg;
  // The attribute as core/svg.ts escaped it: `&#34;Brand Sans&#34;, sans-serif`.
  const families = new Set(
    named[1]!
      .replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)))
      .split(',')
      .map(familyName),
  );
  // The ranges of each family the page has loaded (a face of the CSS font loading API, from a rule).
  const loaded = new Set<string>();
  doc.fonts.forEach((face) => {
    if (face.status === 'loaded') loaded.add(faceKey(face.family, face.unicodeRange));
  });
  const rules = fontRules(doc.styleSheets).filter((rule) => {
    const family = familyName(rule.style.getPropertyValue('font-family'));
    return families.has(family) && loaded.has(faceKey(family, rule.style.getPropertyValue('unicode-range')));
  });
  const faces = await Promise.all(rules.map(embedded));
  const css = faces.filter((face) => face !== undefined).join('');
  // Inside the picture's style sheet, before its own rules.
  return css ? svg.replace('<style>', `<style>${esc(css)}`) : svg;
}

/** A family's name as CSS compares it: without quotes, case-insensitive. */
function familyName(text: string): string {
  return text
    .trim()
    .replace(/^(["'])(.*)\1$/, '$2')
    .toLowerCase();
}

/** A face by its family and unicode range (all of Unicode when none is given), spaces and case aside. */
function faceKey(family: string, range: string): string {
  return `${familyName(family)}|${(range || 'U+0-10FFFF').replace(/\s/g, '').toUpperCase()}`;
}

/** Every `@font-face` rule of the sheets, in imported sheets and in conditional groups too; none of a sheet the page may not read. */
function fontRules(sheets: Iterable<CSSStyleSheet>): CSSFontFaceRule[] {
  const found: CSSFontFaceRule[] = [];
  const walk = (rules: CSSRuleList) => {
    for (const rule of rules) {
      if (rule instanceof CSSFontFaceRule) found.push(rule);
      else if (rule instanceof CSSImportRule) {
        if (rule.styleSheet) read(rule.styleSheet);
      } else if (rule instanceof CSSGroupingRule) walk(rule.cssRules);
    }
  };
  const read = (sheet: CSSStyleSheet) => {
    try {
      walk(sheet.cssRules);
    } catch {
      // Another origin's sheet without CORS: its rules cannot be read.
    }
  };
  for (const sheet of sheets) read(sheet);
  return found;
}

/** The rule with its first font file as a `data:` URL, or undefined when that file cannot be fetched. */
async function embedded(rule: CSSFontFaceRule): Promise<string | undefined> {
  const src = rule.style.getPropertyValue('src');
  const url = /url\(\s*(["']?)(.*?)\1\s*\)/.exec(src)?.[2];
  if (!url) return undefined;
  try {
    const base = rule.parentStyleSheet?.href ?? rule.parentStyleSheet?.ownerNode?.baseURI ?? document.baseURI;
    const response = await fetch(new URL(url, base));
    if (!response.ok) return undefined;
    const data = await dataUrl(await response.blob());
    // Its other descriptors (weight, style, range) as the page wrote them; its sources replaced by the one file.
    return rule.cssText.replace(src, `url("${data}")`);
  } catch {
    return undefined;
  }
}

function dataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.onerror = () => reject(reader.error ?? new Error('The font could not be read.'));
    reader.readAsDataURL(blob);
  });
}
