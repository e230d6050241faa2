import type { Transport } from '@sveltejs/kit';
import { renderOnlyTransporter } from '$lib/render-only';

// Shared by the server and the client, as SvelteKit's universal hooks are.
export const transport: Transport = { RenderOnly: renderOnlyTransporter };
