// Cloudflare Workers: wrangler deploy (wrangler.jsonc beside it)
import { createExpressDashboardFetchHandler } from '@open-express-dashboard/server/fetch';
import { dashboardOptions, type DashboardEnv } from './options.ts';

let handler: ((request: Request) => Promise<Response>) | undefined;

export default {
  fetch(request: Request, env: DashboardEnv): Promise<Response> {
    // Bindings arrive with the first request; the handler (and its in-memory rate limit) then lives as long as the isolate.
    handler ??= createExpressDashboardFetchHandler(dashboardOptions(env));
    return handler(request);
  },
};
