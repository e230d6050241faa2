import type { PGlite } from '@electric-sql/pglite';
import pg from 'pg';

/**
 * Listens on a channel for `pg_notify` payloads: `onNotify` is told each one, `onLost` that the listening
 * connection was lost (notifications may have been missed: read the state again and listen anew). The
 * returned function stops listening.
 */
export type Listen = (
  channel: string,
  onNotify: (payload: string) => void,
  onLost?: () => void
) => Promise<() => Promise<void>>;

/** PGlite's own listen: notifications sent by this same embedded database. */
export function pgliteListen(client: PGlite): Listen {
  return async (channel, onNotify) => client.listen(channel, onNotify);
}

type Subscriber = { onNotify: (payload: string) => void; onLost?: (() => void) | undefined };

/**
 * One dedicated connection per app process that LISTENs for every subscriber (a pooled connection would
 * drop its LISTENs when returned), so notifications sent from any app server on the same database reach
 * this one. Each channel is listened to once however many subscribers it has.
 */
export function postgresListen(connectionString: string): { listen: Listen; close: () => Promise<void> } {
  const channels = new Map<string, Set<Subscriber>>();
  // The LISTEN of each channel, which a second subscriber waits for as the first does.
  const listening = new Map<string, Promise<unknown>>();
  let connecting: Promise<pg.Client> | null = null;
  let closed = false;

  const lose = (client: pg.Client) => {
    if (!connecting) return;
    connecting = null;
    const lost = [...channels.values()].flatMap((set) => [...set]);
    channels.clear();
    listening.clear();
    void client.end().catch(() => undefined);
    for (const subscriber of lost) subscriber.onLost?.();
  };

  const connection = () => {
    connecting ??= (async () => {
      const client = new pg.Client({ connectionString });
      client.on('notification', ({ channel, payload }) => {
        for (const subscriber of channels.get(channel) ?? []) subscriber.onNotify(payload ?? '');
      });
      client.on('error', () => lose(client));
      client.on('end', () => lose(client));
      await client.connect();
      return client;
    })();
    const attempt = connecting;
    attempt.catch(() => {
      if (connecting === attempt) connecting = null;
    });
    return attempt;
  };

  const listen: Listen = async (channel, onNotify, onLost) => {
    if (closed) throw new Error('the database is closed');
    const client = await connection();
    const subscriber = { onNotify, onLost };
    let set = channels.get(channel);
    if (!set) {
      set = new Set();
      channels.set(channel, set);
      listening.set(channel, client.query(`listen ${pg.escapeIdentifier(channel)}`));
    }
    set.add(subscriber);
    await listening.get(channel);
    return async () => {
      const current = channels.get(channel);
      if (!current?.delete(subscriber) || current.size > 0) return;
      channels.delete(channel);
      listening.delete(channel);
      await client.query(`unlisten ${pg.escapeIdentifier(channel)}`).catch(() => undefined);
    };
  };

  const close = async () => {
    closed = true;
    const current = connecting;
    connecting = null;
    channels.clear();
    listening.clear();
    if (current) await (await current.catch(() => null))?.end().catch(() => undefined);
  };

  return { listen, close };
}
