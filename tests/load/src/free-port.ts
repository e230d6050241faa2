import { createServer } from 'node:net';

/** A loopback port nobody listens on now, so that a server left by an interrupted run cannot collide. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => {
        if (address && typeof address === 'object') resolve(address.port);
        else reject(new Error('free port: the probe server reported no port'));
      });
    });
  });
}
