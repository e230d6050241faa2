import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { EventSource } from 'eventsource';
import { CookieJar } from './cookie-jar.ts';
import type { FailureKind, LoadMetrics, Step } from './load-metrics.ts';
import { ServerChoice } from './server-choice.ts';

export type PageResponse = {
  status: number;
  location: string | null;
  contentType: string | null;
  body: string;
};

const requestTimeoutMs = 30_000;
/** Long enough to outlast a server restart; a student who waits longer has given up. */
const retryForMs = 90_000;

function classify(error: unknown): { kind: FailureKind; message: string } {
  const failure = error as Error & { cause?: { code?: string; message?: string } };
  if (failure.name === 'TimeoutError') return { kind: 'timeout', message: failure.message };
  const code = failure.cause?.code ?? '';
  const message = `${failure.message}${failure.cause?.message ? `: ${failure.cause.message}` : ''}`;
  if (code === 'ECONNREFUSED') return { kind: 'refused', message };
  if (['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET', 'UND_ERR_CLOSED'].includes(code))
    return { kind: 'reset', message };
  return { kind: 'other', message };
}

/**
 * One student's browser without JavaScript: its own cookies, redirects read rather than followed, form
 * posts with the Origin header the app's CSRF check wants. A request that gets no answer or a 5xx is sent
 * again as it was, with the same cookies, as a student pressing the button again would. `origin` is the
 * app's public address; requests go to the server `servers` has chosen, which is that same address unless
 * several app servers stand behind it.
 */
export class Browser {
  readonly #jar = new CookieJar();

  constructor(
    readonly origin: string,
    readonly metrics: LoadMetrics,
    readonly servers = new ServerChoice([origin])
  ) {}

  get(step: Step, path: string): Promise<PageResponse> {
    return this.#send(step, 'GET', path);
  }

  post(step: Step, path: string, fields: [string, string][]): Promise<PageResponse> {
    return this.#send(step, 'POST', path, fields);
  }

  cookieHeader(path: string): string {
    return this.#jar.header(new URL(path, this.origin).pathname);
  }

  /**
   * An EventSource on `path`, as the page's script opens one: with this browser's cookies, to the server
   * chosen now. A connection refused or dropped sends the browser on to the next server, and the
   * EventSource connects again by itself, as a browser's does behind a load balancer.
   */
  eventSource(path: string): EventSource {
    return new EventSource(new URL(path, this.origin), {
      fetch: async (url, init) => {
        const server = this.servers.current;
        const { pathname, search } = new URL(url);
        try {
          return await fetch(`${server}${pathname}${search}`, {
            ...init,
            headers: { ...init.headers, cookie: this.#jar.header(pathname) }
          });
        } catch (error) {
          const failure = classify(error);
          if (failure.kind === 'refused' || failure.kind === 'reset') this.servers.moveOn(server);
          throw error;
        }
      }
    });
  }

  async #send(step: Step, method: string, path: string, fields?: [string, string][]): Promise<PageResponse> {
    const giveUpAt = Date.now() + retryForMs;
    const pathname = new URL(path, this.origin).pathname;
    for (let tries = 1; ; tries += 1) {
      const started = performance.now();
      const server = this.servers.current;
      let failure: { kind: FailureKind; message: string };
      try {
        const response = await fetch(`${server}${path}`, {
          method,
          redirect: 'manual',
          signal: AbortSignal.timeout(requestTimeoutMs),
          headers: {
            accept: 'text/html',
            cookie: this.#jar.header(pathname),
            ...(method === 'POST' ? { origin: this.origin } : {})
          },
          body: fields ? new URLSearchParams(fields) : undefined
        });
        const body = await response.text();
        if (response.status < 500) {
          this.#jar.store(response.headers.getSetCookie(), pathname);
          this.metrics.latencies[step].push(performance.now() - started);
          return {
            status: response.status,
            location: response.headers.get('location'),
            contentType: response.headers.get('content-type'),
            body
          };
        }
        failure = { kind: 'server-error', message: `${response.status}: ${body.slice(0, 200)}` };
      } catch (error) {
        failure = classify(error);
        if (failure.kind === 'refused' || failure.kind === 'reset') this.servers.moveOn(server);
      }
      this.metrics.failures.push({ step, ...failure, atSeconds: this.metrics.elapsedSeconds() });
      if (Date.now() >= giveUpAt) {
        throw new Error(
          `${step}: ${method} ${path} still failed after ${tries} tries in ${retryForMs / 1000} s (${failure.kind}: ${failure.message})`
        );
      }
      await sleep(Math.min(1_000, 100 * tries));
    }
  }
}
