import { readFileSync } from 'node:fs';

/**
 * esbuild plugins that keep dist/event-timeline.js (everything inlined) within its 60 KiB
 * gzip budget. They touch only the single-file bundle; the ESM build leaves the packages as
 * they are, for the user's own bundler. luxon is used whole, through its public entry: a
 * bundle that cut parts of it out would break on a call no element test (all of them run the
 * real luxon) could catch. So are the d3 modules: d3-zoom gets the real d3-transition (its
 * `interrupt`), in the gestures' file loaded on demand, not a stand-in that stops nothing.
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
      // d3-array does the same with its bisectors and blurs (`const bisectRight = ascendingBisect.right`,
      // `const bisectCenter = bisector(number).center`).
      contents: readFileSync(path, 'utf8')
        .replace(/^const (bisect\w+) = ([\w()]+)\.(\w+);/gm, 'const $1 = /* @__PURE__ */ (() => $2.$3)();')
        .replace(/^(var|const) (\w+) = (?=\(function |\w+\()/gm, '$1 $2 = /* @__PURE__ */ '),
      loader: 'js',
    }));
  },
};

/**
 * A second minifier pass over esbuild's output: terser's repeated compress passes inline and
 * fold what one pass leaves (about 1.5 KiB gzipped on this bundle). Keeps the licence notes.
 * Terser run again over its own output folds a little more and, naming the variables anew,
 * names them in an order that gzips better (170 bytes on the entry file in December); a third
 * run changes nothing, so it stops once a run no longer shrinks the code.
 */
export async function squeeze(code, map) {
  const { minify } = await import('terser');
  const run = (input, inputMap) =>
    minify(input, {
      module: true,
      ecma: 2020,
      // A third pass finds what the second one's inlining made removable: about 50 bytes gzipped.
      // `unsafe_arrows` writes a function expression that uses no `this` or `arguments` as an
      // arrow: unsafe only for one called with `new` or given a prototype, and here they are the
      // functions terser's own inlining calls in place (122 in the entry file) and one luxon
      // parser callback (40 bytes gzipped). `unsafe_proto` writes `Array.prototype.slice.call`
      // as `[].slice.call` (10 bytes). `keep_fargs: false` drops unused trailing parameters: only
      // code that reads a function's `length` could tell (d3-array's bisector does; the bundle
      // has none of it: tickStep alone), 22 bytes. `pure_getters: true`: terser's default
      // ("strict") already takes a property read for free of side effects; `true` also takes
      // `a.b` not to throw where `a` may be null. Nothing in the bundle reads a property of
      // null or undefined to throw on purpose (its errors are made with `throw`), 21 bytes.
      // `unsafe_math` folds a chain of constant factors into one: in this bundle five products,
      // luxon's minutes to ms (`60 * e * 1e3` to `6e4 * e`: whole numbers, exact either way, far
      // below 2^53) and a text's offset in the SVG (`.8 * size * .3`, rounded to hundredths
      // after), 15 bytes, and in the gestures part one product regrouped in d3-color's cubehelix
      // (a colour's channel to the ulp: the element interpolates no colours); checked by reading
      // the difference of the two builds (December).
      // `unsafe` (110 bytes) writes `${x}` and `String(x)` as `x + ""`, `Number(x)` as `+x`, drops
      // `new` before RegExp and Array, and folds the constants of objects nothing writes to (the
      // reader's LIMITS). Read in the difference of the two builds (December): every operand is a
      // string or a number (messages' counts, luxon's parsed digits and units, lit's attribute
      // values), where both forms agree; they differ only for an object whose valueOf is not its
      // toString (none is written into text here) and a symbol (errorMessage turns those into text
      // before it reaches String). A change that writes such a value into text must not rely on it.
      // `unsafe_symbols` drops a symbol's description: the one `Symbol("...")` in the bundle is lit's
      // stand-in for `Symbol.metadata` where the browser has none, used by its identity only (a
      // description is for printing it), 6 bytes (December).
      compress: { passes: 3, pure_getters: true, unsafe: true, unsafe_arrows: true, unsafe_proto: true, unsafe_math: true, unsafe_symbols: true, keep_fargs: false },
      mangle: true,
      format: { comments: /^!|@license/ },
      ...(inputMap ? { sourceMap: { content: inputMap } } : {}),
    });
  let best = await run(code, map);
  for (;;) {
    const next = await run(best.code, best.map);
    if (next.code.length >= best.code.length) return { code: best.code, map: best.map };
    best = next;
  }
}
