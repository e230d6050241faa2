import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { drizzle as drizzlePostgres } from 'drizzle-orm/node-postgres';
import { migrate as migratePostgres } from 'drizzle-orm/node-postgres/migrator';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { describe, expect, test } from 'vitest';
import { findAttemptByToken } from './attempts.ts';
import { migrationsFolder } from './client.ts';
import { attemptTokens } from './schema.ts';
import { hashToken, newToken } from './secrets.ts';
import { databaseTargets, type ScratchDatabase } from './test-databases.ts';

const packageRoot = fileURLToPath(new URL('..', import.meta.url));

test('the committed migrations are up to date with the schema', () => {
  const out = mkdtempSync(join(tmpdir(), 'newsquiz-migrations-'));
  try {
    cpSync(migrationsFolder, out, { recursive: true });
    const before = readdirSync(out).sort();
    // drizzle-kit writes a new migration into `out` only when schema.ts differs from the last snapshot.
    execFileSync(
      'pnpm',
      ['exec', 'drizzle-kit', 'generate', '--dialect=postgresql', '--schema=src/schema.ts', `--out=${out}`],
      {
        cwd: packageRoot,
        stdio: 'pipe'
      }
    );
    expect(
      readdirSync(out).sort(),
      'run `pnpm --filter @newsquiz/db generate` and commit the new migration'
    ).toEqual(before);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});

type RawDb = { execute: (query: ReturnType<typeof sql>) => Promise<unknown> };

/**
 * Brings the scratch database up to the migration `lastTag` only, as an older release left it, and runs
 * `fill` on it to write the rows that release would have written.
 */
async function withOlderSchema(
  scratch: ScratchDatabase,
  lastTag: string,
  fill: (db: RawDb) => Promise<void>
): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'newsquiz-older-migrations-'));
  try {
    cpSync(migrationsFolder, folder, { recursive: true });
    const journalPath = join(folder, 'meta', '_journal.json');
    const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as { entries: { tag: string }[] };
    const last = journal.entries.findIndex((entry) => entry.tag === lastTag);
    expect(last, `no migration ${lastTag}`).toBeGreaterThanOrEqual(0);
    journal.entries = journal.entries.slice(0, last + 1);
    writeFileSync(journalPath, JSON.stringify(journal));
    if (scratch.options.databaseUrl) {
      const client = new pg.Client({ connectionString: scratch.options.databaseUrl });
      await client.connect();
      try {
        const db = drizzlePostgres({ client });
        await migratePostgres(db, { migrationsFolder: folder });
        await fill(db);
      } finally {
        await client.end();
      }
    } else {
      const client = await PGlite.create(scratch.options.dataDir!);
      try {
        const db = drizzlePglite({ client });
        await migratePglite(db, { migrationsFolder: folder });
        await fill(db);
      } finally {
        await client.close();
      }
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

describe.for(databaseTargets())('upgrading a database on $kind', (target) => {
  // Two databases made and migrated, one of them in two steps: seconds alone, far more on a busy machine.
  test(
    '0003 moves every first attempt token into attempt_tokens, so each old cookie still opens its attempt',
    { timeout: 120_000 },
    async () => {
      const scratch = await target.create();
      try {
        const firstA = newToken();
        const furtherA = newToken();
        const firstB = newToken();
        const settings = JSON.stringify({});
        let ids: { a: string; b: string } | undefined;
        await withOlderSchema(scratch, '0002_attempt_tokens_index', async (db) => {
          const insertAttempt = async (tokenHash: string, startedAt: string) => {
            const result = (await db.execute(sql`
            insert into attempts (article_id, student_name, participant_id, access_token_hash, seed, settings, started_at, max_score)
            values ('kerman-2024', 'Leila', 'participant-0123456789', ${tokenHash}, 1, ${settings}::jsonb, ${startedAt}, 1)
            returning id`)) as { rows: { id: string }[] };
            return result.rows[0]!.id;
          };
          ids = {
            a: await insertAttempt(hashToken(firstA), '2026-01-05T09:00:00Z'),
            b: await insertAttempt(hashToken(firstB), '2026-01-05T10:00:00Z')
          };
          await db.execute(
            sql`insert into attempt_tokens (token_hash, attempt_id) values (${hashToken(furtherA)}, ${ids.a})`
          );
        });

        const database = await scratch.open();
        try {
          const { db } = database;
          expect((await findAttemptByToken(db, firstA))?.id).toBe(ids!.a);
          expect((await findAttemptByToken(db, furtherA))?.id).toBe(ids!.a);
          expect((await findAttemptByToken(db, firstB))?.id).toBe(ids!.b);
          const tokens = await db.select().from(attemptTokens);
          expect(tokens).toHaveLength(3);
          // A moved token keeps the time it was given: its attempt's start.
          const movedB = tokens.find((row) => row.tokenHash === hashToken(firstB));
          expect(movedB?.createdAt.toISOString()).toBe('2026-01-05T10:00:00.000Z');
          // Both drivers answer with `rows`.
          const columns = (await db.execute(
            sql`select column_name from information_schema.columns where table_name = 'attempts'`
          )) as unknown as { rows: { column_name: string }[] };
          expect(columns.rows.map((row) => row.column_name)).not.toContain('access_token_hash');
        } finally {
          await database.close();
        }
      } finally {
        await scratch.remove();
      }
    }
  );
});
