// A static file server for the built site on the loopback interface: what `pnpm docs:serve` runs and
// what the browser tests load pages from. Folders serve their index.html; paths cannot leave the root.
import { createReadStream, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** The file a request path names under `root`, or undefined (outside the root, or missing). */
export function resolveFile(root: string, urlPath: string): string | undefined {
  let path: string;
  try {
    path = decodeURIComponent(urlPath.split(/[?#]/)[0]!);
  } catch {
    return undefined;
  }
  const file = normalize(join(root, path));
  if (file !== root && !file.startsWith(root.endsWith(sep) ? root : root + sep)) return undefined;
  try {
    const stat = statSync(file);
    if (stat.isFile()) return file;
    if (stat.isDirectory() && statSync(join(file, 'index.html')).isFile()) return join(file, 'index.html');
  } catch {
    return undefined;
  }
  return undefined;
}

export interface RunningServer {
  readonly server: Server;
  readonly url: string;
  close(): Promise<void>;
}

/** Serves `root` on 127.0.0.1 (`port` 0: any free port). */
export function serveSite(root: string, port = 0): Promise<RunningServer> {
  const server = createServer((request, response) => {
    const urlPath = request.url ?? '/';
    // A folder without its trailing slash: redirect, so the pages' relative links resolve.
    const file = resolveFile(root, urlPath);
    if (file === undefined) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    const bare = urlPath.split(/[?#]/)[0]!;
    if (file.endsWith('index.html') && !bare.endsWith('/') && !bare.endsWith('.html')) {
      response.writeHead(301, { location: `${bare}/` }).end();
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const { port: bound } = server.address() as AddressInfo;
      resolvePromise({ server, url: `http://127.0.0.1:${bound}/`, close: () => new Promise((done) => server.close(() => done())) });
    });
  });
}
