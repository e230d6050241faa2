import { json } from '@sveltejs/kit';
import { pingDatabase } from '@newsquiz/db';
import { getDatabase } from '$lib/server/platform/database';
import type { RequestHandler } from './$types';

/** For load balancers and the e2e tests: the server is up and its database answers. */
export const GET: RequestHandler = async () => {
  const database = await getDatabase();
  await pingDatabase(database.db);
  return json({ status: 'ok', database: database.kind }, { headers: { 'cache-control': 'no-store' } });
};
