/**
 * Resolves after the event loop has had a turn, so messages waiting in the queue are handled.
 * Through a MessageChannel where there is one: a nested setTimeout(0) is clamped to 4 ms in
 * browsers and workers, a tenth of a training chunk.
 */
export function yieldToEvents(): Promise<void> {
  if (typeof MessageChannel === 'undefined') return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
