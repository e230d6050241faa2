import type { Listen } from '@newsquiz/db';

/** How long a quiet stream waits before a comment line, so that proxies keep it open. */
const keepAliveMs = 15_000;

// The streams open in this process, ended as soon as the server is told to stop: adapter-node announces
// 'sveltekit:shutdown' only once every connection has closed, and a stream never closes by itself, so a
// deploy's SIGTERM would wait out SHUTDOWN_TIMEOUT (30 s) before the browsers reconnect elsewhere.
const open = new Set<() => void>();
const endAll = () => {
  for (const end of open) end();
};
for (const signal of ['SIGTERM', 'SIGINT', 'sveltekit:shutdown'] as const) process.once(signal, endAll);

/**
 * A Server-Sent Events stream of a live session's channels: the session as it is now (`current`, read after
 * the stream listens, so that nothing falls between the two), then each notification as it comes, from any
 * app server. When the listening connection is lost the stream ends, and the browser's EventSource
 * connects again and reads the state afresh.
 */
export function liveEventStream(
  listen: Listen,
  channels: string[],
  current: () => Promise<unknown>,
  signal: AbortSignal
): Response {
  const encoder = new TextEncoder();
  let unlisten: Array<() => Promise<void>> = [];
  let timer: ReturnType<typeof setInterval> | undefined;
  let closed = false;
  /** Stops listening and forgets the stream; true the first time only. */
  const release = () => {
    if (closed) return false;
    closed = true;
    open.delete(end);
    clearInterval(timer);
    for (const stop of unlisten) void stop();
    return true;
  };
  let end = () => void release();
  const body = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (text: string) => {
        if (!closed) controller.enqueue(encoder.encode(text));
      };
      end = () => {
        if (release()) controller.close();
      };
      open.add(end);
      signal.addEventListener('abort', end, { once: true });
      unlisten = await Promise.all(
        channels.map((channel) => listen(channel, (payload) => send(`data: ${payload}\n\n`), end))
      );
      // Ended while the LISTENs were on their way: they are undone now.
      if (closed) {
        for (const stop of unlisten) void stop();
        return;
      }
      send(`retry: 2000\ndata: ${JSON.stringify(await current())}\n\n`);
      timer = setInterval(() => send(': still here\n\n'), keepAliveMs);
    },
    cancel() {
      release();
    }
  });
  return new Response(body, {
    headers: {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      'x-accel-buffering': 'no'
    }
  });
}
