/**
 * A web-test-runner command for leak tests: `executeServerCommand('heap')` forces a full
 * garbage collection through the Chrome DevTools Protocol and answers the heap in use after it.
 */
export function heapCommand() {
  return {
    name: 'heap-command',
    async executeCommand({ command, session }) {
      if (command !== 'heap') return undefined;
      const page = session.browser.getPage(session.id);
      const cdp = await page.context().newCDPSession(page);
      try {
        await cdp.send('HeapProfiler.enable');
        for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
        const { usedSize } = await cdp.send('Runtime.getHeapUsage');
        return { usedSize };
      } finally {
        await cdp.detach();
      }
    },
  };
}
