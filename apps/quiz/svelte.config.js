import { execFileSync } from 'node:child_process';
import { nodeAdapterWithHeaders } from './node-entry/adapter.js';

// The build's version goes into the client code; SvelteKit's default (the build time) would make every
// build of one commit different. The commit names the code, so two builds of it are byte for byte alike.
const commit = execFileSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();

// SvelteKit reads its config through the default export.
export default {
  kit: {
    adapter: nodeAdapterWithHeaders(),
    version: { name: commit },
    // SvelteKit puts a nonce on its own inline script; nothing else inline may run or style the page.
    csp: {
      mode: 'auto',
      directives: {
        'default-src': ['self'],
        'script-src': ['self'],
        'style-src': ['self'],
        // The one style attribute allowed: SvelteKit's route announcer, which hides itself with it.
        'style-src-attr': ['unsafe-hashes', 'sha256-S8qMpvofolR8Mpjy4kQvEm7m1q8clzU4dfDH0AmvZjo='],
        'img-src': ['self', 'data:'],
        'font-src': ['self'],
        'connect-src': ['self'],
        'object-src': ['none'],
        'base-uri': ['self'],
        'form-action': ['self'],
        'frame-ancestors': ['none']
      }
    }
  }
};
