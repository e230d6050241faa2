// See https://svelte.dev/docs/kit/types#app.d.ts
import type { Db, Teacher } from '@newsquiz/db';

declare global {
  namespace App {
    interface Locals {
      /** The app's database, opened once for the server in hooks.server.ts. */
      db: Db;
      /** The teacher whose session cookie came with the request, checked in hooks.server.ts. */
      teacher: Teacher | null;
    }
  }
}

export {};
