/**
 * Resolves in a new task, so that the page may draw and answer input before the next piece of
 * work. A message rather than a timer: from the fifth nested timer on, browsers wait at least
 * 4 ms before each, and a large document read in slices nests a dozen of them.
 */
let channel: MessageChannel | undefined;
const waiting: (() => void)[] = [];

export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    if (!channel) {
      channel = new MessageChannel();
      channel.port1.onmessage = () => waiting.shift()?.();
    }
    waiting.push(resolve);
    channel.port2.postMessage(null);
  });
}
