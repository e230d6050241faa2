// Run as its own process by the speed ratio: serves one file's bytes to every request, the least any
// server can do for the same page, so the app's figure has something to be measured against.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

const [bodyFile, contentType] = process.argv.slice(2);
if (!bodyFile || !contentType)
  throw new Error('bare server: usage: bare-server.ts <body file> <content type>');
const body = readFileSync(bodyFile);
const headers = { 'content-type': contentType, 'content-length': String(body.length) };

const server = createServer((_request, response) => {
  response.writeHead(200, headers);
  response.end(body);
});
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  // The parent reads the port from the first line.
  process.stdout.write(`${address && typeof address === 'object' ? address.port : ''}\n`);
});
