import Stripe from 'stripe';
import { VERSION } from './version.js';

/** The Stripe API version this library is written and tested against. */
export const STRIPE_API_VERSION = '2026-10-28.endive' satisfies Stripe.LatestApiVersion;

export interface StripeClientOptions {
  /** The platform's secret (`sk_…`) or restricted (`rk_…`) key. */
  secretKey: string;
  /**
   * Base URL of a Stripe-compatible API, such as `http://127.0.0.1:12111` for a local fake or mock.
   * Default: Stripe itself.
   */
  apiUrl?: string;
  /** Per-request timeout. A seller is waiting behind a button: default 10 s (the SDK's is 80 s). */
  timeoutMs?: number;
  /** Retries of connection errors, 409s and 5xx. Default 1 (the SDK's is 2): one retry, then the seller decides. */
  maxNetworkRetries?: number;
  /** Whether the SDK may send request latency telemetry to Stripe. Default true, as in the SDK. */
  telemetry?: boolean;
  /**
   * The SDK's HTTP client. Default: the one the `stripe` package picks for the runtime (Node's
   * `http` on Node; `fetch` on Bun, Deno and Workers, through its export conditions). Pass
   * `Stripe.createFetchHttpClient()` only where a bundler picks neither.
   */
  httpClient?: Stripe.HttpClient;
}

const APP_INFO = {
  name: 'open-express-dashboard',
  url: 'https://github.com/open-express-dashboard/open-express-dashboard',
  version: VERSION,
};

/** Where a base URL points the SDK: `host`, `port` and `protocol`, as its options want them. */
export function stripeEndpoint(apiUrl: string): { host: string; port: number; protocol: 'http' | 'https' } {
  const url = new URL(apiUrl);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new TypeError('apiUrl must be an http(s) URL');
  if (url.pathname !== '/' || url.search || url.hash) throw new TypeError('apiUrl must be an origin, without a path');
  const protocol = url.protocol === 'https:' ? 'https' : 'http';
  return {
    host: url.hostname.replace(/^\[(.*)\]$/, '$1'),
    port: url.port ? Number(url.port) : protocol === 'https' ? 443 : 80,
    protocol,
  };
}

/** A `stripe` client configured for a seller waiting on a button: pinned version, short timeout, few retries. */
export function createStripeClient(options: StripeClientOptions): Stripe {
  if (!options.secretKey) {
    throw new TypeError(
      'createStripeClient needs `secretKey`, the platform’s secret (sk_…) or restricted (rk_…) key: is its environment variable set where the server runs?',
    );
  }
  return new Stripe(options.secretKey, {
    apiVersion: STRIPE_API_VERSION,
    appInfo: APP_INFO,
    timeout: options.timeoutMs ?? 10_000,
    maxNetworkRetries: options.maxNetworkRetries ?? 1,
    telemetry: options.telemetry ?? true,
    ...(options.httpClient ? { httpClient: options.httpClient } : {}),
    ...(options.apiUrl ? stripeEndpoint(options.apiUrl) : {}),
  });
}
