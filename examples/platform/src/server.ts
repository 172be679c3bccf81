import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseRequestTarget, toFetchHeaders } from '@open-express-dashboard/server/node';
import { createHTTPHandler } from '@trpc/server/adapters/standalone';
import type Stripe from 'stripe';
import { createAppRouter, type FindSession, type PlatformContext } from './app.js';

const PUBLIC_DIR = fileURLToPath(new URL('../dist/public/', import.meta.url));
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css' };

/** The platform's HTTP server: its tRPC app under /trpc (the element's default) and the built page. */
export function createPlatformServer(options: { stripe: Stripe; findSession: FindSession; publicDir?: string }): Server {
  const publicDir = options.publicDir ?? PUBLIC_DIR;
  const trpc = createHTTPHandler({
    router: createAppRouter(options),
    basePath: '/trpc/',
    // Its clients never batch, and its inputs are small: refuse the rest before any work.
    allowBatching: false,
    maxBodySize: 16 * 1024,
    createContext: ({ req }): PlatformContext => ({ request: { headers: toFetchHeaders(req.headers) } }),
  });

  return createServer((req, res) => {
    // `new URL(req.url, base)` would throw on targets such as `//x:99999/` and end the process.
    const target = parseRequestTarget(req.url);
    if (!target) return void res.writeHead(400).end();
    const pathname = target.path;
    if (pathname.startsWith('/trpc/')) return void trpc(req, res);
    const file = normalize(join(publicDir, pathname === '/' ? 'index.html' : pathname));
    if (!file.startsWith(publicDir)) return void res.writeHead(404).end();
    readFile(file).then(
      (body) => res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body),
      () => res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found'),
    );
  });
}
