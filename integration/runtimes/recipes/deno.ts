// deno run --allow-net --allow-env deno.ts
import { createExpressDashboardFetchHandler } from '@open-express-dashboard/server/fetch';
import { dashboardOptions } from './options.ts';

const env = Deno.env.toObject();
Deno.serve(
  { hostname: env.HOST ?? 'localhost', port: Number(env.PORT ?? 8000), onListen: ({ port }) => console.log(`listening on port ${port}`) },
  createExpressDashboardFetchHandler(dashboardOptions(env)),
);
