import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DEFAULT_RATE_LIMIT, createJwtAuthenticator, createStripeClient, type Logger } from '@open-express-dashboard/server';
import { createExpressDashboardNodeHandler, guardRequestListener, parseRequestTarget } from '@open-express-dashboard/server/node';
import { Redis } from 'ioredis';
import type { ServiceConfig } from './config.js';

export interface RunningService {
  /** Where it listens, such as `http://127.0.0.1:8080`. */
  url: string;
  /**
   * Stops accepting connections, lets requests in flight finish (up to `graceMs`), then closes
   * what is left and disconnects from Redis.
   */
  close(graceMs?: number): Promise<void>;
}

const TRPC_PREFIX = '/trpc/';

/**
 * A Redis connection for the shared rate limit: fails fast when Redis is away, and gives up on a
 * command Redis does not answer in time (the limit then falls back to memory either way).
 */
function connectRedis(url: string, logger: Logger): Redis {
  const redis = new Redis(url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    commandTimeout: DEFAULT_RATE_LIMIT.storeTimeoutMs,
    connectionName: 'open-express-dashboard',
  });
  let healthy = true;
  redis.on('ready', () => {
    if (!healthy) logger.info('redis is back');
    healthy = true;
  });
  redis.on('error', (error: unknown) => {
    // ioredis retries on its own and reports every attempt: say it once per outage.
    if (healthy) logger.warn({ err: error }, 'redis is unreachable; retrying');
    healthy = false;
  });
  return redis;
}

/** Waits (a little) for the first connection, so the first sellers are counted in the shared limit. */
async function firstConnection(redis: Redis, logger: Logger, timeoutMs = 3_000): Promise<void> {
  if (redis.status === 'ready') return;
  const ready = await new Promise<boolean>((resolve) => {
    const timer = setTimeout(() => resolve(false), timeoutMs);
    redis.once('ready', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
  if (!ready) logger.warn({ timeoutMs }, 'redis is not ready yet: starting with per-instance limits until it is');
}

/** Whether Redis answers now: one PING at a time (bounded by the command timeout), however many ask. */
function redisProbe(redis: Redis): () => Promise<boolean> {
  let pending: Promise<boolean> | undefined;
  return () =>
    (pending ??= redis
      .ping()
      .then(
        () => true,
        () => false,
      )
      .finally(() => (pending = undefined)));
}

/** Answers `GET /readyz`: 503 while the shared rate-limit store is unusable (the service still serves, counting per instance). */
async function answerReadiness(res: ServerResponse, redisAnswers: (() => Promise<boolean>) | undefined, head: boolean): Promise<void> {
  const store = redisAnswers ? ((await redisAnswers()) ? 'redis' : 'redis_unavailable') : 'memory';
  const ready = store !== 'redis_unavailable';
  res
    .writeHead(ready ? 200 : 503, { 'content-type': 'application/json', 'cache-control': 'no-store' })
    .end(head ? undefined : JSON.stringify({ status: ready ? 'ready' : 'not_ready', rateLimitStore: store }));
}

/** Starts the service: tRPC under `/trpc`, `GET /healthz` (alive), `GET /readyz` (its shared store too), 404 for anything else. */
export async function startService(config: ServiceConfig, logger: Logger): Promise<RunningService> {
  const redis = config.redisUrl ? connectRedis(config.redisUrl, logger) : undefined;
  if (redis) await firstConnection(redis, logger);
  const trpc = createExpressDashboardNodeHandler({
    stripe: createStripeClient({ secretKey: config.stripe.secretKey, apiUrl: config.stripe.apiUrl }),
    authenticate: createJwtAuthenticator({
      ...(config.auth.secret ? { secret: config.auth.secret } : { jwksUrl: config.auth.jwksUrl }),
      issuer: config.auth.issuer,
      audience: config.auth.audience,
      accountClaim: config.auth.accountClaim,
      cookie: config.auth.cookie,
    }),
    allowedOrigins: config.allowedOrigins,
    onboarding: config.onboarding,
    fullDashboardUrl: config.fullDashboardUrl,
    rateLimit: { points: config.ratePerMinute, durationSeconds: DEFAULT_RATE_LIMIT.durationSeconds, ...(redis ? { redis } : {}) },
    logger,
    basePath: TRPC_PREFIX,
  });

  const redisAnswers = redis && redisProbe(redis);
  const route = (req: IncomingMessage, res: ServerResponse) => {
    const target = parseRequestTarget(req.url);
    if (!target) return void res.writeHead(400, { 'content-type': 'application/json' }).end('{"error":"bad request target"}');
    if (target.path.startsWith(TRPC_PREFIX)) return trpc(req, res);
    const readable = req.method === 'GET' || req.method === 'HEAD';
    if (target.path === '/healthz' && readable) {
      res
        .writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' })
        .end(req.method === 'GET' ? '{"status":"ok"}' : undefined);
      return;
    }
    if (target.path === '/readyz' && readable) return answerReadiness(res, redisAnswers, req.method === 'HEAD');
    res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"not found"}');
  };
  const server = createServer(
    {
      // Slow clients must not hold the server: headers within 10 s, whole requests within 30 s.
      headersTimeout: 10_000,
      requestTimeout: 30_000,
      // Node checks both only when this timer fires (default every 30 s, which made "10 s" ~30 s).
      connectionsCheckingInterval: 1_000,
    },
    guardRequestListener(route, logger),
  );
  // Requests in flight when shutdown starts answer with `Connection: close`, so their keep-alive
  // connections end with them instead of idling until the keep-alive timeout.
  const answering = new Set<ServerResponse>();
  let shuttingDown = false;
  server.on('request', (_req, res: ServerResponse) => {
    if (shuttingDown) res.setHeader('connection', 'close');
    answering.add(res);
    res.once('close', () => answering.delete(res));
  });

  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(config.port, config.host, resolve);
    });
  } catch (error) {
    redis?.disconnect();
    throw error;
  }
  const { address, port } = server.address() as AddressInfo;
  const url = `http://${address.includes(':') ? `[${address}]` : address}:${port}`;

  let closing: Promise<void> | undefined;
  return {
    url,
    close(graceMs = 10_000) {
      closing ??= (async () => {
        shuttingDown = true;
        for (const res of answering) if (!res.headersSent) res.setHeader('connection', 'close');
        const closed = new Promise<void>((resolve) => server.close(() => resolve()));
        server.closeIdleConnections();
        const timer = setTimeout(() => {
          logger.warn({ graceMs }, 'requests still running after the grace period: closing them');
          server.closeAllConnections();
        }, graceMs);
        await closed;
        clearTimeout(timer);
        if (redis) await redis.quit().catch(() => redis.disconnect());
      })();
      return closing;
    },
  };
}
