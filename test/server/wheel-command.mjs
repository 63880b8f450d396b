/**
 * A web-test-runner command for gesture tests: `executeServerCommand('wheel', { position: [x, y],
 * deltaY })` moves the mouse there and turns the wheel through Playwright, so the browser
 * makes the wheel event itself (trusted, with its own coordinates), as a user's wheel would.
 * @web/test-runner-commands' sendMouse has no wheel.
 */
export function wheelCommand() {
  return {
    name: 'wheel-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'wheel') return undefined;
      const page = session.browser.getPage(session.id);
      const [x, y] = payload.position;
      await page.mouse.move(x, y);
      await page.mouse.wheel(payload.deltaX ?? 0, payload.deltaY);
      return true;
    },
  };
}
