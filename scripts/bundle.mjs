import { build } from 'esbuild';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rollup } from 'rollup';
import { minifyHTMLLiteralsPlugin } from 'esbuild-plugin-minify-html-literals';
import { pureD3Interpolate, squeeze } from './bundle-plugins.mjs';

/**
 * dist/event-timeline.js and the parts it loads on demand beside it (dist/event-timeline-*.js),
 * in three passes:
 *
 * 1. esbuild bundles src/index.ts with code splitting: every `import()` in src/ becomes a file
 *    of its own. esbuild puts whatever the entry and an on-demand part share into a third,
 *    shared file that the entry imports, so a page would wait for two files before the first
 *    picture.
 * 2. rollup links those files again (no plugins, plain ES modules): a module the entry needs
 *    anyway stays in the entry, and each on-demand part imports it from there
 *    (`preserveEntrySignatures: 'allow-extension'` lets the entry export those few internal
 *    bindings, under one-letter names). One file for the first picture, one per part.
 * 3. terser squeezes each file (see `squeeze`).
 * 4. The licences of the packages bundled into them go to a file beside them (see `LICENSES`).
 *
 * The parts import `./event-timeline.js` by that name: the files are used together, as built.
 */
export async function buildBundle(outdir) {
  const split = mkdtempSync(join(tmpdir(), 'event-timeline-split-'));
  try {
    const result = await build({
      entryPoints: { 'event-timeline': 'src/index.ts' },
      outdir: split,
      bundle: true,
      splitting: true,
      // Named after the module a part starts from (esbuild's hash is dropped when rollup names the file).
      chunkNames: '[name]-[hash]',
      format: 'esm',
      target: 'es2022',
      minify: true,
      sourcemap: 'external',
      // Written whole to LICENSES instead (lit's notices were the only ones in the code; luxon's and d3's had none).
      legalComments: 'none',
      tsconfig: 'tsconfig.json',
      metafile: true,
      // The html``/css`` templates lose the white space and comments that only the source needs
      // (a maintained plugin that knows Lit's placeholders): 1.4 KiB of the gzipped bundle.
      plugins: [pureD3Interpolate, minifyHTMLLiteralsPlugin()],
      logLevel: 'warning',
    });
    const linker = await rollup({
      input: { 'event-timeline': join(split, 'event-timeline.js') },
      preserveEntrySignatures: 'allow-extension',
      // esbuild's source maps, so that the final maps point into src/ and node_modules/.
      plugins: [{ name: 'esbuild-maps', load: (id) => ({ code: readFileSync(id, 'utf8'), map: readFileSync(`${id}.map`, 'utf8') }) }],
      onwarn: (warning, warn) => (warning.code === 'SOURCEMAP_BROKEN' ? undefined : warn(warning)),
    });
    const { output } = await linker.generate({ dir: outdir, format: 'es', sourcemap: true, chunkFileNames: ({ name }) => `event-timeline-${name.replace(/-[A-Z0-9]{8}$/, '')}.js` });
    await linker.close();
    const files = [];
    const bundled = new Set();
    for (const chunk of output) {
      if (chunk.type !== 'chunk') continue;
      const squeezed = compileHint(await squeeze(chunk.code, JSON.stringify(chunk.map)));
      writeFileSync(join(outdir, chunk.fileName), `${squeezed.code}\n${NOTICE}\n//# sourceMappingURL=${chunk.fileName}.map\n`);
      writeFileSync(join(outdir, `${chunk.fileName}.map`), squeezed.map);
      for (const source of JSON.parse(squeezed.map).sources) bundled.add(packageOf(source));
      files.push({ file: chunk.fileName, entry: chunk.isEntry, imports: chunk.imports, dynamicImports: chunk.dynamicImports, modules: Object.keys(chunk.modules) });
    }
    bundled.delete(undefined);
    writeFileSync(join(outdir, LICENSES), licences([...bundled].sort()));
    return { files, metafile: result.metafile };
  } finally {
    rmSync(split, { recursive: true, force: true });
  }
}

/**
 * V8's explicit compile hint (Chrome 136 on): a file whose first line is this comment has all
 * its functions compiled as it loads, on a background thread while it streams in, instead of each
 * on the main thread at its first call. Every file here is loaded when its code is about to run:
 * the main file for the first picture, a part when it is needed (the vertical layout before a
 * phone's first picture, the stage at a window's first move, the gestures at a pointer over the
 * chart). Measured in Chromium 156 (December, alternated pages; docs/benchmark.md): the main
 * thread's compiling during a cold first picture of 10,000 items went from 68 to 7 ms (traced),
 * the picture came 6 % sooner at 1,200 px and 15 % at 360 px (untraced); over the bench's window
 * steps the compiling went from 16 to 7 ms, over a wheel gesture from 10 to 4. The cost: the
 * bytecode of the functions never called (most of them luxon's and d3's), 0.2 MB more heap after
 * a first picture, compiled off the main thread; and 23 bytes of the main file gzipped. Other
 * engines read a comment.
 */
const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/** The code with the compile hint as its first line, its source map moved one line down to match. */
function compileHint({ code, map }) {
  const moved = JSON.parse(map);
  // Each `;` in a source map's mappings starts the next generated line: the hint's line maps to nothing.
  moved.mappings = `;${moved.mappings}`;
  return { code: `${COMPILE_HINT}\n${code}`, map: JSON.stringify(moved) };
}

/**
 * The licences of the packages in the bundle's files, whole, in a file beside them: lit's
 * BSD-3-Clause, luxon's MIT and the d3 modules' ISC licences each ask that their notice go with
 * every copy. In the code they were lit's three short notices only (the others' builds carry
 * none), 160 bytes gzipped of the main file that every page downloads; each file now ends with
 * a line naming this one, as webpack's extracted licence files do.
 */
export const LICENSES = 'event-timeline.LICENSES.txt';
const NOTICE = `/*! Licences: ${LICENSES} */`;

/** The package a source map's source is in ('@lit/reactive-element', 'luxon'), or undefined for the project's own. */
function packageOf(source) {
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(source);
  return m?.[1];
}

function licences(packages) {
  const sections = packages.map((name) => {
    const dir = join('node_modules', name);
    const { version, license } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    const file = ['LICENSE', 'LICENSE.md', 'LICENSE.txt', 'license'].map((f) => join(dir, f)).find((f) => existsSync(f));
    if (!file) throw new Error(`${name} has no licence file to ship with the bundle`);
    return `${name} ${version} (${license})\n\n${readFileSync(file, 'utf8').trim()}\n`;
  });
  return `Packages bundled into dist/event-timeline.js and the files it loads (dist/event-timeline-*.js), and their licences.\n\n${sections.join('\n\n')}`;
}
