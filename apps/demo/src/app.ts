import { readFile } from 'node:fs/promises';
import type { RequestListener } from 'node:http';
import { join } from 'node:path';
import { createExpressDashboardNodeHandler } from '@open-express-dashboard/server';
import sirv from 'sirv';
import type Stripe from 'stripe';
import { createSessions, type DemoSeller } from './session.js';

export interface DemoAppOptions {
  stripe: Stripe;
  seller: DemoSeller;
  sessionSecret: Uint8Array;
  /** The page built by Vite (`dist/public`). */
  publicDir: string;
  /** Shown on the page: where the demo's Stripe requests go. */
  stripeLabel: string;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/**
 * The demo platform: its page (which signs the visitor in as the demo seller), the router under
 * `/trpc`, and the page's built assets.
 */
export async function createDemoApp(options: DemoAppOptions): Promise<RequestListener> {
  const sessions = createSessions(options.sessionSecret);
  const trpc = createExpressDashboardNodeHandler({ stripe: options.stripe, authenticate: sessions.authenticate });
  const template = await readFile(join(options.publicDir, 'index.html'), 'utf8').catch(() => {
    throw new Error(`The demo page is not built: ${options.publicDir}/index.html is missing. Run \`npm run build\` first.`);
  });
  const page = template
    .replaceAll('<!--seller-name-->', escapeHtml(options.seller.name))
    .replaceAll('<!--seller-account-->', escapeHtml(options.seller.accountId))
    .replaceAll('<!--stripe-label-->', escapeHtml(options.stripeLabel));
  const assets = sirv(options.publicDir, { etag: true });

  return (req, res) => {
    const path = new URL(req.url ?? '/', 'http://demo.invalid').pathname;
    if (path === '/trpc' || path.startsWith('/trpc/')) return void trpc(req, res);
    if (path === '/' || path === '/index.html') {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { allow: 'GET, HEAD' }).end();
        return;
      }
      // Visiting the page signs you in as the demo seller: the demo's stand-in for a login form.
      void sessions.issueCookie(options.seller).then((cookie) => {
        res
          .writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', 'set-cookie': cookie })
          .end(req.method === 'HEAD' ? undefined : page);
      });
      return;
    }
    assets(req, res, () => {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
    });
  };
}
