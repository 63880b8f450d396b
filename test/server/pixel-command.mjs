/* global window */ // page.evaluate callbacks run in the page
import { PNG } from 'pngjs';

/**
 * A web-test-runner command for tests of what is painted: `executeServerCommand('pixels',
 * { points: [[x, y], …] })` takes a screenshot of the page's viewport and answers the colour
 * at each point (CSS pixels, from the viewport's top left) as [r, g, b]. What the DOM cannot
 * tell: which of two translucent layers lies over the other, and what a reader sees there.
 */
export function pixelCommand() {
  return {
    name: 'pixel-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'pixels') return undefined;
      const page = session.browser.getPage(session.id);
      const scale = await page.evaluate(() => window.devicePixelRatio);
      const png = PNG.sync.read(await page.screenshot({ animations: 'disabled', caret: 'hide' }));
      return payload.points.map(([x, y]) => {
        const at = (Math.round(y * scale) * png.width + Math.round(x * scale)) * 4;
        return [png.data[at], png.data[at + 1], png.data[at + 2]];
      });
    },
  };
}
