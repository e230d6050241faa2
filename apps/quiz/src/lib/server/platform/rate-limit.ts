import type { RequestEvent } from '@sveltejs/kit';
import { takeSlot, type RateLimit, type SlotOutcome } from '@newsquiz/db';

/** What a refusal tells the person when to come back: "Try again in 15 minutes." */
export function tryAgainIn(seconds: number): string {
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  return `Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`;
}

type Asker = Pick<RequestEvent, 'locals' | 'getClientAddress' | 'setHeaders'>;

/**
 * Takes a slot of a per-client limit for the address the request came from. Behind a proxy, adapter-node
 * gives the client's address only when told where to find it (ADDRESS_HEADER, XFF_DEPTH).
 */
export function takeClientSlot(event: Asker, limit: RateLimit): Promise<SlotOutcome> {
  return takeSlot(event.locals.db, limit, event.getClientAddress());
}

// Requests whose response already carries a Retry-After: a refused action and the load that renders its
// page again share one response, and SvelteKit refuses a header set twice.
const retryAfterSent = new WeakSet<Request>();

/** The refusal's message, "<what>. Try again in N minutes.", with the same wait in a Retry-After header. */
export function tooMany(
  event: Pick<RequestEvent, 'setHeaders' | 'request'>,
  what: string,
  retryAfterSeconds: number
): string {
  if (!retryAfterSent.has(event.request)) {
    retryAfterSent.add(event.request);
    event.setHeaders({ 'retry-after': String(retryAfterSeconds) });
  }
  return `${what}. ${tryAgainIn(retryAfterSeconds)}`;
}
