import type { ServerInit } from '@sveltejs/kit';
import { getDatabase } from '$lib/server/database';

// Open and migrate the database at start-up, so that a bad DATABASE_URL stops the server at once.
export const init: ServerInit = async () => {
  await getDatabase();
};
