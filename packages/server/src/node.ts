// `@open-express-dashboard/server/node`: the router on `node:http`, and what a Node server of your
// own needs around it. Shared options and types are the package root's.
export { createExpressDashboardNodeHandler, guardRequestListener, type NodeHandler, type NodeHandlerOptions } from './adapters/node.js';
export { toFetchHeaders } from './adapters/node-request.js';
export { parseRequestTarget, type RequestTarget } from './http/target.js';
export { createLogger } from './logging/pino.js';
