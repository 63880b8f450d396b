import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildBundle } from './bundle.mjs';

/**
 * The bundle's weight: dist/event-timeline.js minified and gzipped, what every page with the
 * element downloads before its first picture, must stay within its budget with luxon whole (run
 * by `npm test` after the build). The parts it loads on demand beside it (dist/event-timeline-*.js)
 * are listed with their sizes. `--why` lists the first picture's bytes per package and file
 * (from esbuild's metafile, before rollup and terser).
 */
// The budget of issues #11 and #12: 60 KiB, with luxon, lit and the d3 modules whole. Loading on
// demand what the first picture does not need brought the file from 71 to 59.6 KiB; the
// synchronous parts of print (drawn in `beforeprint`) and of `toSVG()` (it returns a string),
// and the list input's observer, then added about 4 KiB that cannot wait for a file, and two
// more rounds took them back, and a fourth made 1 KiB of room (docs/benchmark.md, "Bundle size"): 59.0 KiB, 59.4 with the ranked lanes.
const BUDGET = 60 * 1024;
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;

const size = gzip(readFileSync('dist/event-timeline.js'));
console.log(`dist/event-timeline.js: ${kib(size)} minified + gzipped (budget ${kib(BUDGET)}, ${size > BUDGET ? `${kib(size - BUDGET)} over` : `${(BUDGET - size).toLocaleString('en')} bytes left`})`);
for (const file of readdirSync('dist').filter((f) => /^event-timeline-.+\.js$/.test(f)).sort()) {
  console.log(`dist/${file} (on demand): ${kib(gzip(readFileSync(join('dist', file))))} minified + gzipped`);
}

if (process.argv.includes('--why')) {
  const out = mkdtempSync(join(tmpdir(), 'event-timeline-why-'));
  try {
    const { metafile } = await buildBundle(out);
    // The entry and the shared file esbuild makes for it: what the first picture needs.
    const outputs = Object.entries(metafile.outputs).filter(([path]) => path.endsWith('.js'));
    const entry = outputs.find(([, o]) => o.entryPoint === 'src/index.ts');
    const first = new Set([entry[0], ...entry[1].imports.filter((i) => i.kind === 'import-statement').map((i) => i.path)]);
    const byPackage = new Map();
    for (const [path, output] of outputs) {
      if (!first.has(path)) continue;
      for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
        const name = input.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)?.[1] ?? (input.startsWith('src/') ? input : 'other');
        byPackage.set(name, (byPackage.get(name) ?? 0) + bytesInOutput);
      }
    }
    console.log('the first picture, per package and file (minified by esbuild, before rollup and terser):');
    for (const [name, bytes] of [...byPackage].sort((a, b) => b[1] - a[1])) console.log(`${kib(bytes).padStart(10)}  ${name}`);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

if (size > BUDGET) {
  console.log(`✗ dist/event-timeline.js is ${kib(size - BUDGET)} over its budget`);
  process.exit(1);
}
