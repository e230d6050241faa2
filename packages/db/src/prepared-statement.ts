import { createHash } from 'node:crypto';
import { parse, protocol, type PGlite, type Transaction } from '@electric-sql/pglite';
import { DrizzleQueryError, type SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import type { Db, Tx } from './client.ts';

/** Told the text of every statement sent, as client.ts's `onStatement`; set once the migration is done. */
export type StatementLog = { onStatement?: ((text: string) => void) | undefined };

type PgliteRunner = (name: string, text: string, values: unknown[]) => Promise<unknown[]>;

const dialect = new PgDialect();
/** The name of each statement text: a few texts, since values are parameters. */
const names = new Map<string, string>();
/** The runner of each PGlite client drizzle was given: the database's own, or a transaction's. */
const pgliteRunners = new WeakMap<object, PgliteRunner>();
/** A statement a PGlite instance has parsed: its parameters' types and the description of its rows. */
type Parsed = { types: number[]; described: Awaited<ReturnType<PGlite['execProtocolStream']>> };
/** The statements each PGlite instance has parsed: they live as long as it. */
const parsedStatements = new WeakMap<PGlite, Map<string, Parsed>>();

/**
 * The rows of a statement the database parses and plans once per connection, then only binds and runs:
 * for the statements every student request sends. Results come back as `queryRows` gives them. The
 * statement's name is its text's hash, so two texts never share a name and a statement built the same
 * way twice is the same statement.
 */
export async function preparedRows<Row>(db: Db | Tx, query: SQL): Promise<Row[]> {
  const { sql: text, params } = dialect.sqlToQuery(query);
  const name = statementName(text);
  const session = db._.session;
  // drizzle keeps the client it was given on its session; a PGlite client was registered by client.ts.
  const runOnPglite = pgliteRunners.get((session as unknown as { client: object }).client);
  if (runOnPglite) {
    try {
      return (await runOnPglite(name, text, params)) as Row[];
    } catch (error) {
      // As drizzle wraps what the driver throws.
      throw new DrizzleQueryError(text, params, error as Error);
    }
  }
  // node-postgres prepares a named query once on each pooled connection, the first time it runs there.
  const result = await session.prepareQuery({ sql: text, params }, undefined, name, false).execute();
  return (result as { rows: Row[] }).rows;
}

function statementName(text: string): string {
  let name = names.get(text);
  if (!name) {
    name = `nq_${createHash('sha256').update(text).digest('hex').slice(0, 32)}`;
    names.set(text, name);
  }
  return name;
}

/**
 * Lets `preparedRows` run named statements on this PGlite client (`client`, the object drizzle was given),
 * which talks to `pglite` itself or, with `tx`, inside one of its transactions. PGlite's own `query` sends
 * an unnamed statement, parsed and planned again each time.
 */
export function servePreparedStatements(
  client: object,
  pglite: PGlite,
  log: StatementLog,
  tx?: Transaction
): void {
  pgliteRunners.set(client, async (name, text, values) => {
    log.onStatement?.(text);
    if (tx?.closed) throw new Error('Transaction is closed');
    const run = () => pglite.runExclusive(() => runPrepared(pglite, !tx, name, text, values));
    if (tx) return run();
    // As PGlite's `query`: outside a transaction, wait for any transaction under way rather than run
    // inside it, since PGlite is one session.
    await pglite._checkReady();
    return pglite._runExclusiveTransaction(run);
  });
}

/** Parses the statement the first time this PGlite instance sees it, then binds and runs it: one exchange. */
async function runPrepared(
  pglite: PGlite,
  syncToFs: boolean,
  name: string,
  text: string,
  values: unknown[]
): Promise<unknown[]> {
  let parsed = parsedStatements.get(pglite);
  if (!parsed) {
    parsed = new Map();
    parsedStatements.set(pglite, parsed);
  }
  let statement = parsed.get(name);
  if (!statement) {
    // Closing first makes the parse safe to repeat after a call that parsed and then failed.
    const described = await exchange(
      pglite,
      [
        protocol.serialize.close({ type: 'S', name }),
        protocol.serialize.parse({ name, text }),
        protocol.serialize.describe({ type: 'S', name }),
        protocol.serialize.sync()
      ],
      false,
      { text, values }
    );
    statement = {
      types: parse.parseDescribeStatementResults(described),
      described: described.filter((message) => message.name === 'rowDescription')
    };
    parsed.set(name, statement);
  }
  const { types, described } = statement;
  // Each value as PGlite's `query` writes it for its parameter's type.
  const bound = values.map((value, index) => {
    if (value === null || value === undefined) return null;
    const serialize = pglite.serializers[types[index]!];
    return serialize ? serialize(value) : String(value);
  });
  // Sync ends the exchange whatever fails: a refused Bind leaves the session ready for the next statement.
  const messages = await exchange(
    pglite,
    [
      protocol.serialize.bind({ statement: name, values: bound }),
      protocol.serialize.execute({}),
      protocol.serialize.sync()
    ],
    syncToFs,
    { text, values }
  );
  // The rows are read by the description the parse gave, rather than asked for again on every run.
  return parse.parseResults([...described, ...messages], pglite.parsers)[0]!.rows;
}

/** Sends the messages as one buffer; a database error carries the statement, as PGlite's `query` gives it. */
async function exchange(
  pglite: PGlite,
  parts: Uint8Array[],
  syncToFs: boolean,
  statement: { text: string; values: unknown[] }
) {
  const message = new Uint8Array(parts.reduce((length, part) => length + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    message.set(part, offset);
    offset += part.length;
  }
  try {
    return await pglite.execProtocolStream(message, { syncToFs });
  } catch (error) {
    if (error instanceof Error && 'code' in error)
      Object.assign(error, { query: statement.text, params: statement.values });
    throw error;
  }
}
