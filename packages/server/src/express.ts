// `@open-express-dashboard/server/express`: the router as Express middleware (Express 4 or 5).
export { createExpressDashboardMiddleware, type ExpressMiddlewareOptions } from './adapters/express.js';
