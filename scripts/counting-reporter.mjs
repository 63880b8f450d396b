import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';

function count(suite, path, totals) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) totals.skippedNames.push([...path, test.name].join(' › '));
    else if (test.passed) totals.passed++;
    else totals.failed++;
  }
  for (const child of suite?.suites ?? []) count(child, [...path, child.name], totals);
}

/**
 * Adds up the tests of every file for scripts/test.mjs, and counts a file that could not run
 * (a `.only` under mocha's forbidOnly lands here) as a failure. Skipped tests are listed by
 * name: `npm test` counts each one as a failure, since a skip makes the run quieter, not greener.
 */
export function countingReporter(file) {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skippedNames: [] };
      for (const session of sessions) {
        count(session.testResults, [relative(process.cwd(), session.testFile)], totals);
        if (!session.passed && (session.errors?.length ?? 0) > 0) totals.failed++;
      }
      if (file) writeFileSync(file, JSON.stringify({ ...totals, skipped: totals.skippedNames.length }));
    },
  };
}
