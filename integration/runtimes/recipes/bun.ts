// bun bun.ts
import { createExpressDashboardFetchHandler } from '@open-express-dashboard/server/fetch';
import { dashboardOptions } from './options.ts';

const server = Bun.serve({
  hostname: process.env.HOST ?? 'localhost',
  port: Number(process.env.PORT ?? 3000),
  fetch: createExpressDashboardFetchHandler(dashboardOptions(process.env)),
});
console.log(`listening on port ${server.port}`);
