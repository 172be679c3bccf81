#!/usr/bin/env node
import { createLogger } from '@open-express-dashboard/server';
import { EnvironmentError } from '@open-express-dashboard/server/environment';
import { readCommandLine } from './cli.js';
import { readConfig } from './config.js';
import { startService } from './service.js';

// Entry point: configuration problems are listed on stderr (names and rules, never values), then
// the service logs JSON lines (pino) on stdout.
const commandLine = readCommandLine(process.argv.slice(2));
if (commandLine.run === 'print') {
  console.log(commandLine.text);
  process.exit(0);
}
if (commandLine.run === 'refuse') {
  console.error(commandLine.text);
  process.exit(2);
}

let config;
try {
  config = readConfig(process.env);
} catch (error) {
  console.error(error instanceof EnvironmentError ? error.message : `The server cannot start: ${String(error)}`);
  process.exit(1);
}

const logger = createLogger({ level: config.logLevel });
// Whatever escapes goes through the redacting logger, never raw to stderr (a crash dump may quote a
// token or a URL), and then the process exits: its state can no longer be trusted.
for (const event of ['uncaughtException', 'unhandledRejection'] as const) {
  process.on(event, (error: unknown) => {
    logger.fatal({ err: error, event }, 'the server crashed');
    process.exit(1);
  });
}
try {
  const service = await startService(config, logger);
  logger.info({ address: service.url, redis: Boolean(config.redisUrl), allowedOrigins: config.allowedOrigins }, 'listening');
  let signals = 0;
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.on(signal, () => {
      signals += 1;
      if (signals > 1) {
        logger.warn({ signal }, 'second signal: exiting now');
        process.exit(1);
      }
      logger.info({ signal }, 'shutting down: finishing requests in flight');
      void service.close().then(() => {
        logger.info('shut down');
        process.exit(0);
      });
    });
  }
} catch (error) {
  logger.fatal({ err: error }, 'the server could not start');
  process.exit(1);
}
