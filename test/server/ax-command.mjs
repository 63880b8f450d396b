/**
 * A web-test-runner command for names as assistive technology reads them:
 * `executeServerCommand('ax-nodes')` answers every node of Chromium's accessibility tree as
 * `{ role, name }` (and `busy: true` on a busy one), through the Chrome DevTools Protocol (ElementInternals roles and names
 * included, which the DOM does not show).
 */
export function axCommand() {
  return {
    name: 'ax-command',
    async executeCommand({ command, session }) {
      if (command !== 'ax-nodes') return undefined;
      const page = session.browser.getPage(session.id);
      const cdp = await page.context().newCDPSession(page);
      try {
        const { nodes } = await cdp.send('Accessibility.getFullAXTree');
        // `busy` only where the node is (aria-busy, ElementInternals' ariaBusy), so that a test can
        // compare whole nodes as before.
        const busy = (n) => n.properties?.some((p) => p.name === 'busy' && !!p.value?.value);
        return nodes.filter((n) => !n.ignored).map((n) => ({ role: n.role?.value ?? '', name: n.name?.value ?? '', ...(busy(n) ? { busy: true } : {}) }));
      } finally {
        await cdp.detach();
      }
    },
  };
}
