// SQLSTATE class 08 (connection exception) and 57P01-57P05 (a terminated backend, a server shutting down or
// starting up, a dropped database, an idle session ended): the connection failed, not the statement.
const lostConnectionState = /^(08|57P0[1-5])/;

// The socket itself failed or never opened.
const lostConnectionErrno = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN'
]);

// What pg and pg-pool throw, with no code, when a connection ends under a query or cannot be had in time.
const lostConnectionMessage =
  /^(Connection terminated|Client has encountered a connection error|timeout exceeded when trying to connect)/;

/**
 * Whether an error means the database could not be reached or dropped the connection (a restart, a
 * failover, a killed backend): the request that met it failed as a whole and may simply be tried again.
 * Drizzle wraps driver errors in its own, so the causes are followed too.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current = error, depth = 0; current instanceof Error && depth < 8; depth += 1) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && (lostConnectionState.test(code) || lostConnectionErrno.has(code)))
      return true;
    if (lostConnectionMessage.test(current.message)) return true;
    current = current.cause;
  }
  return false;
}
