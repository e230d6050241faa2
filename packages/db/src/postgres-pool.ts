import pg from 'pg';

type ConnectCallback = (
  error: Error | undefined,
  client: pg.PoolClient | undefined,
  done: (release?: Error | boolean) => void
) => void;

/**
 * pg's pool, except that a connection lost while checked out is given back at once, with its error, so that
 * the pool drops it and frees its slot; its holder's own release afterwards does nothing. drizzle 0.45's
 * transaction runs `begin` before the `try` whose `finally` releases the connection: a connection killed
 * just before a transaction would otherwise keep its slot for good, and once every slot had gone so, every
 * request would wait for ever (and closing the pool too).
 */
export class SelfReleasingPool extends pg.Pool {
  override connect(): Promise<pg.PoolClient>;
  override connect(callback: ConnectCallback): void;
  override connect(callback?: ConnectCallback): Promise<pg.PoolClient> | void {
    if (!callback) return super.connect().then(releaseWhenLost);
    super.connect((error, client) => {
      const guarded = client && releaseWhenLost(client);
      callback(error, guarded, (release) => guarded?.release(release));
    });
  }
}

function releaseWhenLost(client: pg.PoolClient): pg.PoolClient {
  const release = client.release;
  let released = false;
  const releaseOnce = (error?: Error | boolean) => {
    if (released) return;
    released = true;
    client.removeListener('error', onLost);
    release(error);
  };
  const onLost = (error: Error) => releaseOnce(error);
  client.on('error', onLost);
  client.release = releaseOnce;
  return client;
}
