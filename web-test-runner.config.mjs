import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { defaultReporter } from '@web/test-runner';
import { visualRegressionPlugin } from '@web/test-runner-visual-regression/plugin';
import { chromeArgs, chromePath } from './scripts/chrome.mjs';
import { countingReporter } from './scripts/counting-reporter.mjs';
import { testApi } from './test/server/test-api.mjs';
import { strictCsp } from './test/server/strict-csp.mjs';
import { heapCommand } from './test/server/heap-command.mjs';
import { axCommand } from './test/server/ax-command.mjs';
import { wheelCommand } from './test/server/wheel-command.mjs';
import { pinchCommand } from './test/server/pinch-command.mjs';
import { pixelCommand } from './test/server/pixel-command.mjs';
import { delayCommand } from './test/server/delay-command.mjs';

const executablePath = chromePath();

/** Every test runs in headless Chromium with the zone and locale pinned, so dates are the same on any machine. */
export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 1,
  // A forgotten `.only` would shrink the run and still pass: mocha fails the file instead.
  // (Skipped tests are counted as failures by `npm test`, see scripts/counting-reporter.mjs.)
  testFramework: { config: { timeout: 20000, forbidOnly: true } },
  testsFinishTimeout: 600000,
  // A failed assertion about an element reports its markup, not the element (test/support/readable-failures.ts).
  testRunnerHtml: (testFramework) =>
    `<!DOCTYPE html><html><head></head><body><script type="module" src="/test/support/readable-failures.ts"></script><script type="module" src="${testFramework}"></script></body></html>`,
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { ...(executablePath ? { executablePath } : {}), headless: true, args: chromeArgs },
      createBrowserContext: ({ browser }) => browser.newContext({ locale: 'en-US', timezoneId: 'Europe/Berlin' }),
    }),
  ],
  middleware: [testApi(), strictCsp()],
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }),
    heapCommand(),
    axCommand(),
    wheelCommand(),
    pinchCommand(),
    pixelCommand(),
    delayCommand(),
    // Baselines are committed; write new ones with `npm run test:browser -- --update-visual-baseline`.
    visualRegressionPlugin({
      update: process.argv.includes('--update-visual-baseline'),
      baseDir: 'test/visual/screenshots',
      diffOptions: { threshold: 0.2 },
      failureThreshold: 0.5,
      failureThresholdType: 'percent',
    }),
  ],
  reporters: [defaultReporter(), countingReporter(process.env.TEST_COUNTS_FILE)],
};
