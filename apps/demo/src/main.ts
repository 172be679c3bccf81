import { EnvironmentError } from '@open-express-dashboard/server/environment';
import { readConfig } from './config.js';
import { startDemo } from './demo.js';

try {
  const config = readConfig(process.env);
  const demo = await startDemo(config);
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
