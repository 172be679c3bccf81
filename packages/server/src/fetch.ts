// `@open-express-dashboard/server/fetch`: the router as a Fetch API handler, for Bun, Deno, edge
// runtimes and framework route handlers. Like the package root, it imports no Node built-in.
export { createExpressDashboardFetchHandler, type FetchHandlerOptions } from './adapters/fetch.js';
