// One app for Cloudflare Workers (main of wrangler.jsonc), Deno (deno serve) and Bun (bun hono.ts)
import { createExpressDashboardFetchHandler } from '@open-express-dashboard/server/fetch';
import { Hono } from 'hono';
import { env } from 'hono/adapter';
import { dashboardOptions, type DashboardEnv } from './options.ts';

let dashboard: ((request: Request) => Promise<Response>) | undefined;

const app = new Hono();
app.all('/trpc/*', (c) => {
  dashboard ??= createExpressDashboardFetchHandler(dashboardOptions(env<DashboardEnv>(c)));
  return dashboard(c.req.raw);
});

export default app;
