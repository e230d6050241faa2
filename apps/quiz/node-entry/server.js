// Copied to build/index.js, the file `node build` runs (see ./adapter.js): adapter-node's own server, from
// build/adapter-node.js, with the security headers set on every response before anything answers it. The
// build's static files are served by adapter-node before the app's hooks run, and a redirect thrown in
// the hooks is answered without them, so the hooks alone cannot send them everywhere.
import { server } from './adapter-node.js';
import { securityHeaders } from './security-headers.js';

// A listener prepended to the request event runs before polka's, which answers the request.
server.server.prependListener('request', (_request, response) => {
  for (const [name, value] of Object.entries(securityHeaders)) response.setHeader(name, value);
});
