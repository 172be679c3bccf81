import type { HttpPolicyOptions } from './http/policy.js';
import type { ExpressDashboardRouterOptions } from './router.js';

/**
 * Options of the adapters that serve the router alone (`./node`, `./fetch`, `./express`): the
 * router's, plus what they enforce over HTTP (the Origin allowlist, the body limit).
 */
export interface ServeOptions extends Omit<ExpressDashboardRouterOptions, 'requestFrom'>, HttpPolicyOptions {}
