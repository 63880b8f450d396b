import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * esbuild plugins that keep dist/event-timeline.js (everything inlined) within its 60 KiB
 * gzip budget. They touch only the single-file bundle; the ESM build leaves the packages as
 * they are, for the user's own bundler. luxon is used whole, through its public entry: a
 * bundle that cut parts of it out would break on a call no element test (all of them run the
 * real luxon) could catch.
 */

/**
 * d3-interpolate's single-file build makes its interpolators with top-level calls
 * (`var interpolateRgb = (function rgbGamma(y) {…})(1)`, `var hslLong = hsl(nogamma)`).
 * They only build closures, but a bundler cannot know that, so every one of them and all of
 * d3-color stay in the bundle even when only interpolateZoom is used. Marking those calls
 * pure lets esbuild drop the unused ones.
 */
export const pureD3Interpolate = {
  name: 'pure-d3-interpolate',
  setup(build) {
    build.onLoad({ filter: /[\\/]d3-(interpolate|array)[\\/]dist[\\/]d3-(interpolate|array)\.mjs$/ }, ({ path }) => ({
      // d3-array does the same with its bisectors and blurs (`const bisectRight = bisector(ascending).right`).
      contents: readFileSync(path, 'utf8')
        .replace(/^(var|const) (\w+) = (?=\(function |\w+\()/gm, '$1 $2 = /* @__PURE__ */ ')
        .replace(/^const (bisect\w+) = (\w+)\.(\w+);/gm, 'const $1 = /* @__PURE__ */ (() => $2.$3)();'),
      loader: 'js',
    }));
  },
};

function importsOf(dir, name) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory() ? importsOf(path, name) : /\.ts$/.test(entry.name) && readFileSync(path, 'utf8').includes(`'${name}'`)) return true;
  }
  return false;
}

const interruptOnly = fileURLToPath(new URL('./d3-zoom-interrupt.mjs', import.meta.url));

/**
 * d3-zoom imports d3-transition for one thing: stopping a running transition when a gesture
 * starts. d3-transition brings d3-color, d3-ease, d3-timer and every interpolator (about
 * 6 KiB gzipped). While src/ starts no transitions (it imports nothing from d3-transition),
 * there is never one to stop, so d3-zoom gets scripts/d3-zoom-interrupt.mjs instead. As soon
 * as src/ imports d3-transition, the real one is used everywhere.
 */
export function zoomWithoutTransitions(srcDir) {
  return {
    name: 'zoom-without-transitions',
    setup(build) {
      if (importsOf(srcDir, 'd3-transition')) return;
      build.onResolve({ filter: /^d3-transition$/ }, ({ importer }) => (/[\\/]d3-zoom[\\/]/.test(importer) ? { path: interruptOnly } : undefined));
    },
  };
}

/**
 * A second minifier pass over esbuild's output: terser's repeated compress passes inline and
 * fold what one pass leaves (about 1.5 KiB gzipped on this bundle). Keeps the licence notes.
 */
export async function squeeze(code, map) {
  const { minify } = await import('terser');
  const result = await minify(code, {
    module: true,
    ecma: 2020,
    compress: { passes: 2 },
    mangle: true,
    format: { comments: /^!|@license/ },
    ...(map ? { sourceMap: { content: map } } : {}),
  });
  return { code: result.code, map: result.map };
}

/**
 * Collapses the line breaks and indentation inside the element's own html``, svg`` and css``
 * templates to one space. HTML and CSS treat any run of white space between tokens as one
 * space, and no template of ours has <pre> or multi-line attribute values, so what renders is
 * the same; the bundle loses a few KiB of indentation.
 */
export function collapseTemplateWhitespace(code) {
  let out = '';
  let i = 0;
  const tag = /\b(html|svg|css)`/g;
  let isCss = false;
  for (;;) {
    tag.lastIndex = i;
    const m = tag.exec(code);
    if (!m) return out + code.slice(i);
    const start = m.index + m[0].length;
    isCss = m[1] === 'css';
    out += code.slice(i, start);
    // Walk the literal: text is collapsed, ${…} expressions are copied as they are.
    let j = start;
    let text = '';
    while (j < code.length && code[j] !== '`') {
      if (code[j] === '\\') {
        text += code.slice(j, j + 2);
        j += 2;
      } else if (code[j] === '$' && code[j + 1] === '{') {
        out += text.replace(/\s*\n\s*/g, ' ');
        text = '';
        const end = endOfExpression(code, j + 2);
        out += collapseTemplateWhitespace(code.slice(j, end));
        j = end;
      } else {
        text += code[j++];
      }
    }
    out += (isCss ? compactCss(text) : text.replace(/\s*\n\s*/g, ' ')) + '`';
    i = j + 1;
  }
}

/** CSS without comments and without the white space around its punctuation. */
function compactCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .trim();
}

/** Index just past the `}` that closes an expression starting at `from`, skipping strings and nested templates. */
function endOfExpression(code, from) {
  let depth = 1;
  let j = from;
  while (j < code.length && depth > 0) {
    const c = code[j];
    if (c === '{') depth++;
    else if (c === '}') depth--;
    else if (c === "'" || c === '"') {
      const quote = c;
      j++;
      while (j < code.length && code[j] !== quote) j += code[j] === '\\' ? 2 : 1;
    } else if (c === '`') {
      j++;
      while (j < code.length && code[j] !== '`') {
        if (code[j] === '\\') j += 2;
        else if (code[j] === '$' && code[j + 1] === '{') j = endOfExpression(code, j + 2);
        else j++;
      }
    }
    j++;
  }
  return j;
}

/** Applies collapseTemplateWhitespace to the element's own TypeScript sources. */
export function compactTemplates(srcDir) {
  const dir = srcDir.replace(/\/$/, '');
  return {
    name: 'compact-templates',
    setup(build) {
      build.onLoad({ filter: /\.ts$/ }, ({ path }) => {
        if (!path.includes(`/${dir}/`)) return undefined;
        return { contents: collapseTemplateWhitespace(readFileSync(path, 'utf8')), loader: 'ts' };
      });
    },
  };
}
