import { readFileSync } from 'node:fs';
import { ENV_VARIABLES } from './config.js';

/** What the command line asks for: the service, a text to print (help, version), or a refusal. */
export type CommandLine = { run: 'service' } | { run: 'print' | 'refuse'; text: string };

const COMMAND = 'open-express-dashboard-service';
const USAGE = `Usage: ${COMMAND} [--help | --version]   (or: npx @open-express-dashboard/service)`;

function help(): string {
  return [
    USAGE,
    '',
    'The Open Express Dashboard login-link service. It is configured by environment variables:',
    ...ENV_VARIABLES.map((name) => `  ${name}`),
    'STRIPE_SECRET_KEY is required, and one of AUTH_JWT_SECRET or AUTH_JWKS_URL.',
    'What each means: https://www.npmjs.com/package/@open-express-dashboard/service#configuration',
  ].join('\n');
}

function version(): string {
  const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return manifest.version;
}

/**
 * Reads the arguments. Settings are environment variables only, so anything but `--help`/`-h` or
 * `--version` alone is refused (rather than ignored: `--port 3000` would otherwise start on 8080),
 * without repeating it (it may be a secret typed in the wrong place).
 */
export function readCommandLine(args: readonly string[]): CommandLine {
  if (args.length === 0) return { run: 'service' };
  const [only] = args;
  if (args.length === 1 && (only === '--help' || only === '-h')) return { run: 'print', text: help() };
  if (args.length === 1 && only === '--version') return { run: 'print', text: version() };
  return {
    run: 'refuse',
    text: `${COMMAND} takes no arguments: it is configured by environment variables (PORT=8080, HOST=…, see --help).\n${USAGE}`,
  };
}
