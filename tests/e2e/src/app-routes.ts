import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** One way into the app: a page, one of its form actions, or an endpoint. */
export type AppEndpoint = { method: string; route: string; action: string | null };

const routesRoot = fileURLToPath(new URL('../../../apps/quiz/src/routes', import.meta.url));
const publicRoutes = new Set(['/teacher/login', '/teacher/signup']);

function* filesUnder(directory: string): Generator<string> {
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) yield* filesUnder(path);
    else yield path;
  }
}

/**
 * Every page, form action and endpoint of the app, read from its route files, so that a new route is
 * in the security matrix and the fuzzer the day it is written.
 */
export function appEndpoints(): AppEndpoint[] {
  const endpoints: AppEndpoint[] = [];
  for (const file of filesUnder(routesRoot)) {
    const route =
      `/${relative(routesRoot, file).split(sep).slice(0, -1).join('/')}`.replace(/\/$/, '') || '/';
    const source = readFileSync(file, 'utf8');
    if (file.endsWith('+page.server.ts')) {
      endpoints.push({ method: 'GET', route, action: null });
      const actions = source.split('export const actions')[1] ?? '';
      // An action is a key of the actions object whose value is a function, async or not.
      for (const [, action] of actions.matchAll(/^ {2}(\w+): (?:async )?\(/gm)) {
        endpoints.push({ method: 'POST', route, action: action! });
      }
    } else if (file.endsWith('+server.ts')) {
      for (const [, method] of source.matchAll(/^export const (GET|POST|PUT|PATCH|DELETE)\b/gm)) {
        endpoints.push({ method: method!, route, action: null });
      }
    }
  }
  return endpoints;
}

/** The teacher area's endpoints, but for the log-in and sign-up pages that anyone may use. */
export function teacherEndpoints(): AppEndpoint[] {
  return appEndpoints().filter(
    ({ route }) => (route === '/teacher' || route.startsWith('/teacher/')) && !publicRoutes.has(route)
  );
}

/** The address of an endpoint with its route parameters filled in; a parameter without a value fails. */
export function endpointUrl(endpoint: AppEndpoint, params: Record<string, string>): string {
  const path = endpoint.route.replace(/\[(\w+)(=\w+)?\]/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined)
      throw new Error(`The security matrix has no value for [${name}] in ${endpoint.route}`);
    return value;
  });
  if (endpoint.action === null) return path;
  return endpoint.action === 'default' ? path : `${path}?/${endpoint.action}`;
}
