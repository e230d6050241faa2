import { json } from '@sveltejs/kit';
import { pingDatabase } from '@newsquiz/db';
import { getDatabase } from '$lib/server/platform/database';
import type { RequestHandler } from './$types';

/**
 * For load balancers and the e2e tests: the server is up and its database answers; and what an answer the
 * server has acknowledged survives (see the README's Storage section).
 */
export const GET: RequestHandler = async () => {
  const database = await getDatabase();
  await pingDatabase(database.db);
  return json(
    { status: 'ok', database: database.kind, durability: database.durability },
    { headers: { 'cache-control': 'no-store' } }
  );
};
