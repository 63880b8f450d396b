import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';

/**
 * `npm run build`: dist/event-timeline.js, one ES module with lit, the d3 modules and luxon
 * inlined (a page needs nothing else), plus the type declarations and custom-elements.json
 * (the API manifest that editors and Storybook read, from the element's JSDoc).
 */
rmSync('dist', { recursive: true, force: true });
await build({
  entryPoints: { 'event-timeline': 'src/index.ts' },
  outdir: 'dist',
  bundle: true,
  format: 'esm',
  target: 'es2022',
  minify: true,
  sourcemap: true,
  legalComments: 'eof',
  tsconfig: 'tsconfig.json',
  logLevel: 'info',
});
execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
execFileSync('npx', ['custom-elements-manifest', 'analyze', '--litelement'], { stdio: 'inherit' });
