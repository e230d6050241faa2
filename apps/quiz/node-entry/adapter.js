import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import nodeAdapter from '@sveltejs/adapter-node';

const out = 'build';
const here = (file) => fileURLToPath(new URL(file, import.meta.url));

/**
 * adapter-node, with its entry wrapped so that every response carries the security headers: its own
 * index.js becomes adapter-node.js, and index.js is ./server.js, which starts it. Everything that runs
 * `node build` (start, the browser tests, the load bench) gets the headers with no change of its own.
 * @returns {import('@sveltejs/kit').Adapter}
 */
export function nodeAdapterWithHeaders() {
  const node = nodeAdapter({ out });
  return {
    ...node,
    name: 'adapter-node with security headers',
    async adapt(builder) {
      await node.adapt(builder);
      const entry = readFileSync(`${out}/index.js`, 'utf8');
      writeFileSync(
        `${out}/adapter-node.js`,
        entry.replace(/sourceMappingURL=index\.js\.map\s*$/, 'sourceMappingURL=adapter-node.js.map\n')
      );
      renameSync(`${out}/index.js.map`, `${out}/adapter-node.js.map`);
      rmSync(`${out}/index.js`);
      builder.copy(here('./server.js'), `${out}/index.js`);
      builder.copy(here('../src/lib/server/platform/security-headers.js'), `${out}/security-headers.js`);
    }
  };
}
