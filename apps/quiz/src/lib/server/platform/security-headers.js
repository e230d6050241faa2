// Plain JavaScript, not TypeScript: the built server's entry (node-entry/server.js) imports it as it is,
// beside the app's hooks, so both send the same headers.

/**
 * Sent with every response: pages, endpoints, redirects and the build's static files. The pages'
 * Content-Security-Policy comes from svelte.config.js.
 * @type {Readonly<Record<string, string>>}
 */
export const securityHeaders = {
  'x-content-type-options': 'nosniff',
  // Join codes travel in links, so no address goes to another site.
  'referrer-policy': 'same-origin',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=()'
};
