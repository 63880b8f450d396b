import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { minifyHTMLLiteralsPlugin } from 'esbuild-plugin-minify-html-literals';
import { LAZY_BUNDLES, lazyReaders, pureD3Interpolate, squeeze, zoomWithoutTransitions } from './bundle-plugins.mjs';

/**
 * `npm run build`:
 * - dist/event-timeline.js: one minified ES module with lit, the d3 modules and luxon inlined,
 *   for a page with no build step (`package/bundle`);
 * - dist/esm/: one ES module per source file, dependencies left as imports, for bundlers
 *   (the package's main entry);
 * - dist/types/: the type declarations;
 * - custom-elements.json: the API manifest that editors and Storybook read, from the JSDoc.
 */
rmSync('dist', { recursive: true, force: true });

const sources = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));

// Both single-file bundles: minified ES modules with their dependencies inlined.
const bundle = { outdir: 'dist', bundle: true, format: 'esm', target: 'es2022', minify: true, sourcemap: 'external', legalComments: 'eof', tsconfig: 'tsconfig.json' };
await build({
  ...bundle,
  entryPoints: { 'event-timeline': 'src/index.ts' },
  // The html``/css`` templates lose the white space and comments that only the source needs
  // (a maintained plugin that knows Lit's placeholders): 1.4 KiB of the gzipped bundle.
  plugins: [pureD3Interpolate, zoomWithoutTransitions('src'), lazyReaders, minifyHTMLLiteralsPlugin()],
  logLevel: 'info',
});
// The readers of other data formats and of a list child, loaded by the bundle only when needed.
await build({ ...bundle, entryPoints: LAZY_BUNDLES, plugins: [pureD3Interpolate], logLevel: 'warning' });
for (const name of ['event-timeline', ...Object.keys(LAZY_BUNDLES)]) {
  const squeezed = await squeeze(readFileSync(`dist/${name}.js`, 'utf8'), readFileSync(`dist/${name}.js.map`, 'utf8'));
  writeFileSync(`dist/${name}.js`, squeezed.code);
  writeFileSync(`dist/${name}.js.map`, squeezed.map);
}

await build({
  entryPoints: sources('src'),
  outdir: 'dist/esm',
  outbase: 'src',
  bundle: false,
  format: 'esm',
  target: 'es2022',
  tsconfig: 'tsconfig.json',
  logLevel: 'warning',
});

execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
execFileSync('npx', ['custom-elements-manifest', 'analyze', '--litelement'], { stdio: 'inherit' });
