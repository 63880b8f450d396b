/**
 * A web-test-runner command that makes the page's requests for one path late, as a phone's
 * network does: `executeServerCommand('delay-requests', { path, ms })` answers every later
 * request for `path` (from the page and its frames) `ms` late; `ms: 0` ends that.
 */
export function delayCommand() {
  return {
    name: 'delay-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'delay-requests') return undefined;
      const page = session.browser.getPage(session.id);
      const { path, ms } = payload;
      const matches = (url) => new URL(url).pathname === path;
      await page.unroute(matches).catch(() => {});
      if (ms > 0) await page.route(matches, (route) => setTimeout(() => route.continue().catch(() => {}), ms));
      return true;
    },
  };
}
