/**
 * Resolves in a new task, so that the page may draw and answer input before the next piece of
 * work. A message, not a timer: browsers hold a timer set from within timers nested five deep
 * for at least 4 ms, and a document read in slices chains 20 of them at 100,000 items (about
 * 60 ms of a cold first picture spent waiting).
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => resolve();
    port2.postMessage(0);
  });
}
