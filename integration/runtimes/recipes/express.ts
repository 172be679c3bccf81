// node dist/express.js: this file compiled to JavaScript (the matrix compiles it with esbuild)
import type { AddressInfo } from 'node:net';
import { createExpressDashboardMiddleware } from '@open-express-dashboard/server/express';
import express from 'express';
import { dashboardOptions } from './options.ts';

const app = express();
app.use('/trpc', createExpressDashboardMiddleware(dashboardOptions(process.env))); // before any body parser
const server = app.listen(Number(process.env.PORT ?? 8080), process.env.HOST ?? 'localhost', () => {
  console.log(`listening on port ${(server.address() as AddressInfo).port}`);
});
