import { z } from 'zod';

/** One way into the app: a page, one of its form actions, or an endpoint. */
export type AppEndpoint = { method: string; route: string; action: string | null };

// The server manifest that `vite build` writes beside the app under test, and that SvelteKit's own
// post-build analysis reads: its routes are the ones the server answers, however their files are written.
const manifestUrl = new URL('../../../apps/quiz/.svelte-kit/output/server/manifest.js', import.meta.url);
const publicRoutes = new Set(['/teacher/login', '/teacher/signup']);
const endpointMethods = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;

// The manifest's `_` is SvelteKit's internal part: if its shape changes, reading it fails here, loudly,
// rather than finding no routes.
const isFunction = (value: unknown) => typeof value === 'function';
const Loader = z.custom<() => Promise<unknown>>(isFunction, 'a module loader');
const ServerManifest = z.object({
  _: z.object({
    nodes: z.array(Loader).nonempty(),
    routes: z
      .array(
        z.object({
          id: z.string().startsWith('/'),
          page: z.object({ leaf: z.number().int().nonnegative() }).nullable(),
          endpoint: Loader.nullable()
        })
      )
      .nonempty()
  })
});
const PageNode = z.object({
  server: z.object({ actions: z.record(z.string(), z.custom(isFunction, 'an action')).optional() }).optional()
});
const EndpointModule = z.record(z.string(), z.unknown());

/**
 * Every page, form action and endpoint of the built app, from SvelteKit's route manifest, so that a new
 * route or action is in the security matrix and the fuzzer as soon as the app is built with it.
 */
export async function appEndpoints(): Promise<AppEndpoint[]> {
  const { manifest } = z.object({ manifest: ServerManifest }).parse(await import(manifestUrl.href));
  const endpoints: AppEndpoint[] = [];
  for (const route of manifest._.routes) {
    if (route.page) {
      endpoints.push({ method: 'GET', route: route.id, action: null });
      const node = PageNode.parse(await manifest._.nodes[route.page.leaf]!());
      for (const action of Object.keys(node.server?.actions ?? {})) {
        endpoints.push({ method: 'POST', route: route.id, action });
      }
    }
    if (route.endpoint) {
      const module = EndpointModule.parse(await route.endpoint());
      for (const method of endpointMethods) {
        if (module[method]) endpoints.push({ method, route: route.id, action: null });
      }
      // `fallback` answers every method the module does not name, so a made-up one reaches it.
      if (module.fallback) endpoints.push({ method: 'FALLBACK', route: route.id, action: null });
    }
  }
  return endpoints;
}

/** The teacher area's endpoints, but for the log-in and sign-up pages that anyone may use. */
export async function teacherEndpoints(): Promise<AppEndpoint[]> {
  return (await appEndpoints()).filter(
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
