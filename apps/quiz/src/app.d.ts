// See https://svelte.dev/docs/kit/types#app.d.ts
import type { Teacher } from '@newsquiz/db';

declare global {
  namespace App {
    interface Locals {
      /** The teacher whose session cookie came with the request, checked in hooks.server.ts. */
      teacher: Teacher | null;
    }
  }
}

export {};
