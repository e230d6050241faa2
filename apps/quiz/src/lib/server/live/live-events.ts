import type { Listen } from '@newsquiz/db';

/** How long a quiet stream waits before a comment line, so that proxies keep it open. */
const keepAliveMs = 15_000;

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
  let stop = async () => undefined as void;
  let timer: ReturnType<typeof setInterval> | undefined;
  let closed = false;
  const body = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (text: string) => {
        if (!closed) controller.enqueue(encoder.encode(text));
      };
      const finish = () => {
        if (closed) return;
        closed = true;
        clearInterval(timer);
        void stop();
        controller.close();
      };
      signal.addEventListener('abort', finish, { once: true });
      const stops = await Promise.all(
        channels.map((channel) => listen(channel, (payload) => send(`data: ${payload}\n\n`), finish))
      );
      stop = async () => {
        await Promise.all(stops.map((unlisten) => unlisten()));
      };
      if (signal.aborted) return finish();
      send(`retry: 2000\ndata: ${JSON.stringify(await current())}\n\n`);
      timer = setInterval(() => send(': still here\n\n'), keepAliveMs);
    },
    cancel() {
      closed = true;
      clearInterval(timer);
      void stop();
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
