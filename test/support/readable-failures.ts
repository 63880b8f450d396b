// The pure entry: the main one registers the fixtures' cleanup with mocha, which is not set up
// yet on this page. It exports the same chai as the main one; its types leave it out.
import * as pure from '@open-wc/testing/pure';

const { chai } = pure as unknown as { chai: Chai.ChaiStatic };

/**
 * A failed assertion about a DOM node (or a list of them) reports the node as its markup. The runner sends a
 * failure's `actual` and `expected` out of the page as they are, and an element's object graph
 * (an <event-timeline> holds its controllers and its whole model) kept the page busy until the
 * browser disconnected: three minutes, then the file's report lost, this test's name with it.
 * Loaded before the test framework on every test page (web-test-runner.config.mjs).
 */
const described = (value: unknown): unknown =>
  value instanceof Node ? `${value instanceof Element ? value.outerHTML : value.textContent}`.slice(0, 400) : Array.isArray(value) ? value.map(described) : value;

chai.use((c: Chai.ChaiStatic) => {
  const assert = c.Assertion.prototype.assert;
  c.Assertion.prototype.assert = function (this: Chai.AssertionStatic, ...args: Parameters<typeof assert>) {
    try {
      assert.apply(this, args);
    } catch (error) {
      if (error instanceof c.AssertionError) {
        const failure = error as Chai.AssertionError & { actual?: unknown; expected?: unknown };
        failure.actual = described(failure.actual);
        failure.expected = described(failure.expected);
      }
      throw error;
    }
  };
});
