import { build } from 'esbuild';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
      legalComments: 'eof',
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
    for (const chunk of output) {
      if (chunk.type !== 'chunk') continue;
      const squeezed = await squeeze(chunk.code, JSON.stringify(chunk.map));
      writeFileSync(join(outdir, chunk.fileName), `${squeezed.code}\n//# sourceMappingURL=${chunk.fileName}.map\n`);
      writeFileSync(join(outdir, `${chunk.fileName}.map`), squeezed.map);
      files.push({ file: chunk.fileName, entry: chunk.isEntry, imports: chunk.imports, dynamicImports: chunk.dynamicImports, modules: Object.keys(chunk.modules) });
    }
    return { files, metafile: result.metafile };
  } finally {
    rmSync(split, { recursive: true, force: true });
  }
}
