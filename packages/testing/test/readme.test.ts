import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { USAGE } from '../src/cli/args.js';
import * as msw from '../src/msw/index.js';
import * as stripeFake from '../src/stripe-fake/index.js';

// "Documented in the package README": every runtime export, account state, fault and CLI option.
const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const FAULT_KINDS = ['server_error', 'rate_limit', 'reset', 'delay', 'hang'];

describe('the README', () => {
  it.each([...Object.keys(msw), ...Object.keys(stripeFake)])('documents %s', (name) => {
    expect(readme).toContain(`\`${name}`);
  });

  it.each([...stripeFake.ACCOUNT_STATES, ...FAULT_KINDS])('documents the %s state or fault', (name) => {
    expect(readme).toMatch(new RegExp(`\`(\\{ kind: ')?${name}`));
  });

  it('documents every CLI option the command accepts', () => {
    const options = [...USAGE.matchAll(/^\s+(?:-h, )?(--[a-z-]+)/gm)].map(([, option]) => option);
    expect(options).toEqual(['--port', '--host', '--account', '--secret-key', '--login-link-ttl', '--help']);
    for (const option of options) expect(readme).toContain(`\`${option}`);
  });
});
