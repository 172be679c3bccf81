import { parseArgs } from 'node:util';
import { ACCOUNT_ID_PATTERN, SECRET_KEY_PATTERN } from '@open-express-dashboard/contract';
import { ACCOUNT_STATES, type AccountState, type SeedAccount } from '../stripe-fake/accounts.js';
import { DEFAULT_LOGIN_LINK_TTL_SECONDS, DEFAULT_SECRET_KEY, type StripeFakeOptions } from '../stripe-fake/server.js';

export const COMMAND = 'open-express-dashboard-stripe-fake';
/** stripe-mock's port, so `STRIPE_API_URL=http://127.0.0.1:12111` works with either. */
export const DEFAULT_PORT = 12111;

/** Accounts seeded when none are given: one per state, with ids that stay the same across runs. */
export const DEFAULT_ACCOUNTS: readonly SeedAccount[] = [
  { id: 'acct_1FakeExpress000001', state: 'express', email: 'express@example.com' },
  { id: 'acct_1FakeOnboarding001', state: 'onboarding_incomplete' },
  { id: 'acct_1FakeFullDash00001', state: 'full_dashboard' },
  { id: 'acct_1FakeNoDash000001', state: 'no_dashboard' },
  { id: 'acct_1FakeDisconnected1', state: 'disconnected' },
];

export const USAGE = `Usage: ${COMMAND} [options]

A Stripe-compatible fake API for Connect login links, on loopback, for manual runs.
Point the stripe SDK (or the demo's STRIPE_API_URL) at the URL it prints, with the key it prints.

Options:
  --port <n>              port to listen on (default ${DEFAULT_PORT}; 0 picks a free one)
  --host <address>        interface to listen on (default 127.0.0.1)
  --account <state>[:<id>]
                          seed an account; repeat for more. States: ${ACCOUNT_STATES.join(', ')}.
                          Without --account, one account per state is seeded with fixed ids.
  --secret-key <key>      the secret key to accept (default ${DEFAULT_SECRET_KEY})
  --login-link-ttl <s>    seconds a login link stays valid (default ${DEFAULT_LOGIN_LINK_TTL_SECONDS})
  -h, --help              show this help

Example:
  ${COMMAND} --port 12111 --account express:acct_1Seller --account onboarding_incomplete

Stops on Ctrl+C (SIGINT) or SIGTERM.`;

/** A mistake in the command line, reported with the usage and exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export type CliCommand = { help: true } | { help: false; options: StripeFakeOptions & { accounts: SeedAccount[] } };

function isState(value: string): value is AccountState {
  return (ACCOUNT_STATES as readonly string[]).includes(value);
}

function parseAccount(spec: string): SeedAccount {
  const [state = '', id, ...rest] = spec.split(':');
  if (!isState(state) || rest.length > 0) {
    throw new UsageError(`--account ${spec}: expected <state>[:<id>] with a state among ${ACCOUNT_STATES.join(', ')}`);
  }
  if (id !== undefined && !ACCOUNT_ID_PATTERN.test(id)) {
    throw new UsageError(`--account ${spec}: an account id looks like acct_1Abc (letters and digits after acct_)`);
  }
  return id === undefined ? { state } : { id, state };
}

function parseInteger(name: string, value: string, min: number, max: number): number {
  const number = /^\d+$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(number) || number < min || number > max) {
    throw new UsageError(`--${name} ${value}: expected a whole number from ${min} to ${max}`);
  }
  return number;
}

/** Reads the command line; throws a {@link UsageError} that says what is wrong. */
export function parseCli(argv: readonly string[]): CliCommand {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        account: { type: 'string', multiple: true },
        'secret-key': { type: 'string' },
        'login-link-ttl': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  if (values.help) return { help: true };
  const secretKey = values['secret-key'];
  if (secretKey !== undefined && !SECRET_KEY_PATTERN.test(secretKey)) {
    throw new UsageError(`--secret-key: expected a secret (sk_test_…) or restricted (rk_test_…) key`);
  }
  const accounts = values.account?.map(parseAccount) ?? DEFAULT_ACCOUNTS.map((seed) => ({ ...seed }));
  const ids = accounts.flatMap((seed) => (seed.id ? [seed.id] : []));
  const repeated = ids.find((id, index) => ids.indexOf(id) !== index);
  if (repeated) throw new UsageError(`--account: ${repeated} is given twice`);
  return {
    help: false,
    options: {
      port: values.port === undefined ? DEFAULT_PORT : parseInteger('port', values.port, 0, 65_535),
      host: values.host ?? '127.0.0.1',
      accounts,
      ...(secretKey === undefined ? {} : { secretKey }),
      ...(values['login-link-ttl'] === undefined
        ? {}
        : { loginLinkTtlSeconds: parseInteger('login-link-ttl', values['login-link-ttl'], 1, 86_400) }),
    },
  };
}
