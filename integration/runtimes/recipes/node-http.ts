// node dist/node-http.js: this file compiled to JavaScript (the matrix compiles it with esbuild)
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createExpressDashboardNodeHandler } from '@open-express-dashboard/server/node';
import { dashboardOptions } from './options.ts';

const server = createServer(createExpressDashboardNodeHandler(dashboardOptions(process.env)));
server.listen(Number(process.env.PORT ?? 8080), process.env.HOST ?? 'localhost', () => {
  console.log(`listening on port ${(server.address() as AddressInfo).port}`);
});
