import type { Transporter } from '@sveltejs/kit';

/** The page data marked by renderOnly: held weakly, so that marking keeps nothing alive. */
const marked = new WeakSet<object>();

/**
 * Marks a page's data as for the server's render alone, and returns it as it is. SvelteKit serialises a
 * page's data for the client router even on a page with `csr = false`, whose HTML never carries it; on the
 * results page that serialising took a sixth of the server's time. Only for pages with `csr = false`.
 */
export function renderOnly<T extends object>(data: T): T {
  marked.add(data);
  return data;
}

/**
 * The transport hook's member for marked data: it writes a placeholder instead of the data, and a client
 * that meets one fails loudly rather than render a page without its data.
 */
export const renderOnlyTransporter: Transporter<object, [0]> = {
  encode: (value) => marked.has(value) && [0],
  decode: () => {
    throw new Error('This page is rendered on the server only: its data is not sent to the browser.');
  }
};
