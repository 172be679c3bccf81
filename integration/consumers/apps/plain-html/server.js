import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { createJwtAuthenticator, createStripeClient } from '@open-express-dashboard/server';
import { createExpressDashboardNodeHandler } from '@open-express-dashboard/server/node';

const dashboard = createExpressDashboardNodeHandler({
  stripe: () => createStripeClient({ secretKey: process.env.STRIPE_SECRET_KEY, apiUrl: process.env.STRIPE_API_URL }),
  authenticate: createJwtAuthenticator({ secret: process.env.AUTH_JWT_SECRET, cookie: 'session' }),
});

// The platform's own pages beside the handler, which serves /trpc/.
const files = {
  '/': { path: new URL('./index.html', import.meta.url), type: 'text/html; charset=utf-8' },
  '/open-express-dashboard.standalone.js': {
    path: fileURLToPath(import.meta.resolve('@open-express-dashboard/element/standalone')),
    type: 'text/javascript',
  },
};

const server = createServer(async (req, res) => {
  const pathname = new URL(req.url ?? '/', 'http://platform.invalid').pathname;
  if (pathname.startsWith('/trpc/')) return dashboard(req, res);
  const file = files[pathname];
  if (!file) return void res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
  res.writeHead(200, { 'content-type': file.type }).end(await readFile(file.path));
});

server.listen(Number(process.env.PORT ?? 3000), '127.0.0.1', () => {
  console.log(`listening on http://127.0.0.1:${server.address().port}`);
});
