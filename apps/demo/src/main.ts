import { createLogger } from '@open-express-dashboard/server';
import { EnvironmentError } from '@open-express-dashboard/server/environment';
import { readConfig } from './config.js';
import { startDemo } from './demo.js';

const logger = createLogger();
// Whatever escapes goes through the redacting logger, never raw to stderr (a crash dump may quote a
// token or a URL), and then the process exits: its state can no longer be trusted.
for (const event of ['uncaughtException', 'unhandledRejection'] as const) {
  process.on(event, (error: unknown) => {
    logger.fatal({ err: error, event }, 'the demo crashed');
    process.exit(1);
  });
}

try {
  const config = readConfig(process.env);
  const demo = await startDemo(config, { logger });
  console.log(`open-express-dashboard demo: ${demo.url}`);
  console.log(
    demo.stripeFakeUrl
      ? `  demo mode: no Stripe key, no network; the embedded Stripe fake answers at ${demo.stripeFakeUrl}`
      : '  using the Stripe API configured by STRIPE_SECRET_KEY / STRIPE_API_URL',
  );
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => void demo.close().then(() => process.exit(0)));
  }
} catch (error) {
  console.error(error instanceof EnvironmentError ? error.message : `The demo could not start: ${String(error)}`);
  process.exit(1);
}
