// The pure entry: the main one registers the fixtures' cleanup with mocha, which is not set up
// yet on this page. It exports the same chai as the main one; its types leave it out.
import * as pure from '@open-wc/testing/pure';

const { chai } = pure as unknown as { chai: Chai.ChaiStatic };

/**
 * A failed assertion about a DOM node reports the node as its markup. The runner sends a
 * failure's `actual` and `expected` out of the page as they are, and an element's object graph
 * (an <event-timeline> holds its controllers and its whole model) kept the page busy until the
 * browser disconnected: three minutes, then the file's report lost, this test's name with it.
 * A node in a list is written so too; one inside a plain object (`{ host: el, first: node }`)
 * did not stall the run (measured), but the runner wrote it as "[object HTMLDivElement]": it is
 * written as its markup too. Lists and plain objects keep their shape, so that the runner still
 * shows the difference of the data around the nodes; other objects (a Map, a class's instance)
 * go as they are. Loaded before the test framework on every test page
 * (web-test-runner.config.mjs).
 */
function described(value: unknown, seen = new WeakSet<object>()): unknown {
  if (value instanceof Node) return `${value instanceof Element ? value.outerHTML : value.textContent}`.slice(0, 400);
  if (value === null || typeof value !== 'object' || seen.has(value)) return value;
  // A cycle (or an object met twice) is left to the runner, which writes it as such.
  seen.add(value);
  if (Array.isArray(value)) return value.map((v) => described(v, seen));
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return value;
  return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, described(v, seen)]));
}

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
