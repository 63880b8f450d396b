import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';

// CI keeps only the tail of a long log: the names of failed tests are printed again at the end,
// with the first line of what failed. A property's is "Property failed after 46 tests": its seed,
// path and counterexample go with it, or the run that found a rare case cannot be run again.
function firstLine(message) {
  const [first, ...rest] = String(message ?? 'no message').split('\n');
  const replay = rest.filter((line) => /^(\{ seed:|Counterexample:)/.test(line));
  return [first, ...replay].map((line) => line.slice(0, 300)).join('\n    ');
}

function count(suite, path, totals) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) totals.skippedNames.push([...path, test.name].join(' › '));
    else if (test.passed) totals.passed++;
    else {
      totals.failed++;
      totals.failedNames.push(`${[...path, test.name].join(' › ')}: ${firstLine(test.error?.message)}`);
    }
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
      const totals = { passed: 0, failed: 0, skippedNames: [], failedNames: [] };
      for (const session of sessions) {
        count(session.testResults, [relative(process.cwd(), session.testFile)], totals);
        if (!session.passed && (session.errors?.length ?? 0) > 0) {
          totals.failed++;
          totals.failedNames.push(`${relative(process.cwd(), session.testFile)}: ${firstLine(session.errors[0]?.message)}`);
        }
      }
      if (file) writeFileSync(file, JSON.stringify({ ...totals, skipped: totals.skippedNames.length }));
    },
  };
}
