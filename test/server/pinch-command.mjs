/**
 * Web-test-runner commands for touch tests, through the Chrome DevTools Protocol, so the browser
 * makes the touch events itself as a phone's screen would:
 * - `executeServerCommand('touch-screen', { enabled })` makes the page a touch device (d3-zoom
 *   listens for touches only on one; an element attached after this call does);
 * - `executeServerCommand('pinch', { at: [x, y], from, to, steps })` puts two fingers `from` px
 *   apart, one above and one below (x, y), and spreads them to `to` px in `steps` moves;
 * - `executeServerCommand('swipe', { from: [x, y], by: [dx, dy], steps })` puts one finger at
 *   `from` and moves it by (dx, dy) in `steps` even moves, then lifts it;
 * - `executeServerCommand('touches', { frames })`: each frame the fingers down then, as
 *   `[{ x, y, id }]`; a finger missing from a frame is lifted there, all are lifted after the last
 *   (`held: true`: they stay down; `going: true`: the frames go on from such a command's last).
 */
export function pinchCommand() {
  /** One DevTools session a page: the touch emulation lasts as long as it does. */
  const sessions = new WeakMap();
  /** The fingers a `touches` command left down, for the next one. */
  const fingersDown = new WeakMap();
  const sessionOf = async (page) => {
    if (!sessions.has(page)) sessions.set(page, await page.context().newCDPSession(page));
    return sessions.get(page);
  };
  return {
    name: 'pinch-command',
    async executeCommand({ command, payload, session }) {
      if (!['touch-screen', 'pinch', 'swipe', 'touches'].includes(command)) return undefined;
      const cdp = await sessionOf(session.browser.getPage(session.id));
      if (command === 'touch-screen') {
        await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: payload.enabled, maxTouchPoints: 5 });
        return true;
      }
      if (command === 'touches') {
        const [first, ...rest] = payload.frames;
        if (!payload.going) await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: first });
        let down = payload.going ? fingersDown.get(cdp) : first;
        for (const points of payload.going ? payload.frames : rest) {
          // A touchEnd lifts the fingers it lists (a touchMove without them would keep them down where they were).
          const lifted = (down ?? []).filter((f) => !points.some((p) => p.id === f.id));
          if (lifted.length > 0) await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: lifted });
          down = points;
          await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: points });
        }
        fingersDown.set(cdp, down);
        if (!payload.held) await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
        return true;
      }
      if (command === 'swipe') {
        const [[x, y], [dx, dy], steps] = [payload.from, payload.by, payload.steps ?? 6];
        const finger = (i) => [{ x: x + (dx * i) / steps, y: y + (dy * i) / steps, id: 1 }];
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: finger(0) });
        for (let i = 1; i <= steps; i++) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: finger(i) });
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
        return true;
      }
      const [x, y] = payload.at;
      const steps = payload.steps ?? 4;
      const fingers = (gap) => [
        { x, y: y - gap / 2, id: 1 },
        { x, y: y + gap / 2, id: 2 },
      ];
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: fingers(payload.from) });
      for (let i = 1; i <= steps; i++) {
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: fingers(payload.from + ((payload.to - payload.from) * i) / steps) });
      }
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
      return true;
    },
  };
}
