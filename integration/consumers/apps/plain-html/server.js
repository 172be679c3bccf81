import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { createJwtAuthenticator, createStripeClient } from '@open-express-dashboard/server';
import { createExpressDashboardNodeHandler } from '@open-express-dashboard/server/node';

// Serves POST /trpc/expressDashboard.createLoginLink; hands every other request to `next`.
const dashboard = createExpressDashboardNodeHandler({
  stripe: () => createStripeClient({ secretKey: process.env.STRIPE_SECRET_KEY, apiUrl: process.env.STRIPE_API_URL }),
  authenticate: createJwtAuthenticator({ secret: process.env.AUTH_JWT_SECRET, cookie: 'session' }),
});

// The platform's own routes, beside it: the page with the button, and the element's module.
const files = new Map([
  ['/', { path: new URL('./index.html', import.meta.url), type: 'text/html; charset=utf-8' }],
  [
    '/open-express-dashboard.standalone.js',
    { path: fileURLToPath(import.meta.resolve('@open-express-dashboard/element/standalone')), type: 'text/javascript' },
  ],
]);

function platform(req, res) {
  const file = files.get(req.url);
  if (!file) return void res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
  readFile(file.path).then(
    (body) => res.writeHead(200, { 'content-type': file.type }).end(body),
    () => res.writeHead(500, { 'content-type': 'text/plain' }).end('Could not read the page'),
  );
}

const server = createServer((req, res) => dashboard(req, res, () => platform(req, res)));
server.listen(Number(process.env.PORT ?? 3000), '127.0.0.1', () => {
  console.log(`listening on http://127.0.0.1:${server.address().port}`);
});
