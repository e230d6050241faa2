import { isActionFailure, isHttpError, isRedirect, type Cookies, type RequestEvent } from '@sveltejs/kit';
import { databaseTargets, type DatabaseTarget } from '@newsquiz/db/test-databases';
import { verifySession, type Database, type Db } from '@newsquiz/db';
import { afterAll, beforeAll } from 'vitest';

/** The cookies one browser holds, kept from one request to the next as the browser would keep them. */
export function cookieJar(): Cookies {
  const jar = new Map<string, string>();
  return {
    get: (name) => jar.get(name),
    getAll: () => [...jar].map(([name, value]) => ({ name, value })),
    set: (name, value) => void jar.set(name, value),
    delete: (name) => void jar.delete(name),
    serialize: () => ''
  };
}

export type TestRequest = {
  db: Db;
  /** The address the request came from, as adapter-node would give it. */
  client: string;
  path: string;
  form?: Record<string, string>;
  cookies?: Cookies;
  params?: Record<string, string>;
};

/**
 * The event SvelteKit hands a load function or form action, for a request from `client` holding the
 * browser's cookies; the session cookie is checked against the database as hooks.server.ts checks it.
 */
export async function requestEvent(request: TestRequest) {
  const url = new URL(request.path, 'http://localhost:3000');
  const cookies = request.cookies ?? cookieJar();
  const token = cookies.get('nq-session');
  const headers = new Headers();
  const event = {
    url,
    cookies,
    params: request.params ?? {},
    locals: { db: request.db, teacher: token ? await verifySession(request.db, token) : null },
    request: new Request(
      url,
      request.form ? { method: 'POST', body: new URLSearchParams(request.form) } : {}
    ),
    getClientAddress: () => request.client,
    // As SvelteKit's: a header set twice in one response is an error.
    setHeaders: (set: Record<string, string>) => {
      for (const [name, value] of Object.entries(set)) {
        if (headers.has(name)) throw new Error(`"${name}" header is already set`);
        headers.set(name, value);
      }
    }
  };
  // Only what the app's actions and loads read is filled in; the cast says so once, here.
  return { event: event as unknown as RequestEvent & { params: Record<string, string> }, headers };
}

/** What a form action or load ended with, however SvelteKit carries it (a return, a throw). */
export type Outcome =
  | { kind: 'redirect'; status: number; location: string }
  | { kind: 'refused'; status: number; data: { message?: string | null; fields?: Record<string, string[]> } }
  | { kind: 'error'; status: number; message: string }
  | { kind: 'answered'; data: unknown };

export async function outcomeOf(run: () => unknown): Promise<Outcome> {
  try {
    const returned = await run();
    if (isActionFailure(returned)) {
      return { kind: 'refused', status: returned.status, data: returned.data as never };
    }
    return { kind: 'answered', data: returned };
  } catch (thrown) {
    if (isRedirect(thrown)) return { kind: 'redirect', status: thrown.status, location: thrown.location };
    if (isHttpError(thrown)) return { kind: 'error', status: thrown.status, message: thrown.body.message };
    throw thrown;
  }
}

/** The outcome's message, wherever the outcome carries one. */
export function messageOf(outcome: Outcome): string {
  if (outcome.kind === 'error') return outcome.message;
  if (outcome.kind === 'refused') {
    return [outcome.data.message ?? '', ...Object.values(outcome.data.fields ?? {}).flat()].join(' ').trim();
  }
  return '';
}

/**
 * A scratch database of each target (PGlite always, PostgreSQL with TEST_DATABASE_URL), open for the
 * enclosing suite: `open()` opens one more handle on it, as a second app server would.
 */
export function useAppDatabase(target: DatabaseTarget) {
  let scratch: Awaited<ReturnType<DatabaseTarget['create']>> | undefined;
  const handles: Database[] = [];
  beforeAll(async () => {
    scratch = await target.create();
    handles.push(await scratch.open());
  }, 60_000);
  afterAll(async () => {
    for (const handle of handles) await handle.close();
    await scratch?.remove();
  });
  return {
    db: () => handles[0]!.db,
    open: async () => {
      const handle = await scratch!.open();
      handles.push(handle);
      return handle;
    },
    /** Closes the first handle and opens the database again, as a restarted server would. */
    restart: async () => {
      await handles.shift()!.close();
      handles.unshift(await scratch!.open());
    }
  };
}

export { databaseTargets };
