import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildBundle } from './bundle.mjs';

/**
 * `npm run build`:
 * - dist/event-timeline.js: one minified ES module with lit, the d3 modules and luxon inlined,
 *   for a page with no build step (`package/bundle`), and beside it the parts it loads on demand
 *   (dist/event-timeline-*.js: the readers of other formats, the gestures, the details panel…);
 * - dist/esm/: one ES module per source file, dependencies left as imports, for bundlers
 *   (the package's main entry);
 * - dist/types/: the type declarations;
 * - custom-elements.json: the API manifest that editors and Storybook read, from the JSDoc.
 */
rmSync('dist', { recursive: true, force: true });

const sources = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));

// The single-file bundle and the parts it loads on demand (scripts/bundle.mjs).
mkdirSync('dist');
await buildBundle('dist');

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
