import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * `npm test`: type check, lint, then every test in headless Chromium. Each check counts as
 * one test, each browser test as one more; the last line is `N passed, N failed`.
 */
const totals = { passed: 0, failed: 0, skipped: 0 };
/** What failed, printed again just above the last line: CI keeps only the tail of the log. */
const failures = [];

function run(name, command, args, env = {}) {
  console.log(`\n── ${name} ──`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

function check(name, command, args) {
  const ok = run(name, command, args);
  totals[ok ? 'passed' : 'failed']++;
  if (!ok) {
    console.log(`✗ ${name} failed`);
    failures.push(name);
  }
}

// The bundle test loads dist/ the way a plain page would, so build it first.
check('build', 'node', ['scripts/build.mjs']);
check('bundle size (dist/event-timeline.js ≤ 60 KiB gzipped)', 'node', ['scripts/check-size.mjs']);
check('package contents (npm pack)', 'node', ['scripts/check-pack.mjs']);
check('every imported package is declared', 'node', ['scripts/check-imports.mjs']);
for (const example of ['plain', 'list', 'react', 'vue']) check(`example: ${example} (headless Chromium)`, 'node', ['scripts/check-examples.mjs', example]);
check('type check', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']);
check('lint', 'npx', ['eslint', '.']);
check('README: API section matches the manifest, front door ≤ 12 KiB', 'node', ['scripts/readme-api.mjs', '--check']);

const countsFile = join(mkdtempSync(join(tmpdir(), 'timeline-tests-')), 'counts.json');
const browserOk = run('browser tests (web-test-runner, headless Chromium)', 'npx', ['web-test-runner', '--config', 'web-test-runner.config.mjs'], {
  TEST_COUNTS_FILE: countsFile,
});
if (existsSync(countsFile)) {
  const counts = JSON.parse(readFileSync(countsFile, 'utf8'));
  totals.passed += counts.passed;
  totals.failed += counts.failed;
  // A skipped test is one that no longer guards anything: it fails the run.
  totals.skipped += counts.skipped;
  totals.failed += counts.skipped;
  for (const name of counts.skippedNames) console.log(`✗ skipped, counted as a failure: ${name}`);
  failures.push(...(counts.failedNames ?? []).map((name) => `browser test: ${name}`));
  if (!browserOk && counts.failed === 0) totals.failed++;
} else {
  totals.failed++;
  console.log('✗ the browser tests did not report');
}

// Every story, rendered from the static build as a visitor sees it: render errors, play
// functions, console errors and axe (addon-a11y) all fail it. See scripts/test-stories.mjs.
check('storybook build', 'npm', ['run', 'build-storybook']);
check('stories (every story in headless Chromium, with axe)', 'node', ['scripts/test-stories.mjs']);

console.log('');
for (const failure of failures) console.log(`✗ ${failure}`);
console.log(`${totals.passed} passed, ${totals.failed} failed${totals.skipped ? ` (${totals.skipped} of them skipped)` : ''}`);
process.exit(totals.failed > 0 ? 1 : 0);
