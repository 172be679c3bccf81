#!/usr/bin/env node
// The `open-express-dashboard-stripe-fake` command: the Stripe fake, for manual runs.
import { startStripeFake, type StripeFake } from '../stripe-fake/server.js';
import { COMMAND, USAGE, UsageError, parseCli } from './args.js';

function banner(fake: StripeFake, accounts: { id: string; state: string }[]): string {
  const width = Math.max(...accounts.map(({ state }) => state.length));
  return [
    `Stripe fake listening on ${fake.url}`,
    `Secret key: ${fake.secretKey}`,
    'Accounts:',
    ...accounts.map(({ id, state }) => `  ${state.padEnd(width)}  ${id}`),
    '',
    `stripe SDK: new Stripe('${fake.secretKey}', { host: '${fake.stripeConfig.host}', port: ${fake.stripeConfig.port}, protocol: 'http' })`,
    `demo:       STRIPE_API_URL=${fake.url} STRIPE_SECRET_KEY=${fake.secretKey} DEMO_ACCOUNT_ID=<an express account> npm start`,
    'Press Ctrl+C to stop.',
    '',
  ].join('\n');
}

async function main(argv: readonly string[]): Promise<number> {
  let command;
  try {
    command = parseCli(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`${COMMAND}: ${error.message}\nRun ${COMMAND} --help for usage.\n`);
    return 2;
  }
  if (command.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }

  const { accounts: seeds, ...options } = command.options;
  let fake: StripeFake;
  try {
    fake = await startStripeFake(options);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const where = `${options.host}:${options.port}`;
    const reason =
      code === 'EADDRINUSE'
        ? `port ${options.port} is in use (try --port 0 for a free one)`
        : code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND'
          ? `${options.host} is not an address of this machine`
          : code === 'EACCES'
            ? `not allowed to listen on ${where}`
            : String(error);
    process.stderr.write(`${COMMAND}: cannot listen on ${where}: ${reason}\n`);
    return 1;
  }

  const accounts = seeds.map((seed) => ({ id: fake.addAccount(seed).id, state: seed.state }));
  process.stdout.write(banner(fake, accounts));

  await new Promise<void>((resolve) => {
    const stop = (signal: NodeJS.Signals) => {
      process.stdout.write(`${signal}: stopping.\n`);
      resolve();
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await fake.close();
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
