import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as contract from './index.js';
import { isReason, reasonInfo } from './reason-lookup.js';
import { CLIENT_REASONS, SERVER_REASONS } from './reasons.js';

describe('reasons', () => {
  it('recognises every reason and nothing else', () => {
    for (const reason of [...Object.keys(SERVER_REASONS), ...Object.keys(CLIENT_REASONS)]) {
      expect(isReason(reason)).toBe(true);
    }
    for (const value of ['toString', '__proto__', 'unauthenticated', '', 42, null, undefined]) {
      expect(isReason(value)).toBe(false);
    }
  });

  it('gives every reason a message that names no account, key or URL', () => {
    for (const reason of [...Object.keys(SERVER_REASONS), ...Object.keys(CLIENT_REASONS)]) {
      if (!isReason(reason)) throw new Error(`not a reason: ${reason}`);
      const { message } = reasonInfo(reason);
      expect(message).toMatch(/^[A-Z].*\.$/);
      expect(message).not.toMatch(/acct_|sk_|https?:/);
    }
  });
});

describe('the README', () => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

  it.each(Object.keys(contract))('documents %s', (name) => {
    expect(readme).toMatch(new RegExp(`\`${name}[\`(]`));
  });

  it('documents every server reason as the code defines it', () => {
    const rows = [...readme.matchAll(/^\| `([A-Z_]+)` \| `([A-Z_]+)` \| (\d+) \| (yes|no) \|$/gm)].map(
      ([, reason, code, status, retryable]) => [reason, code, Number(status), retryable === 'yes'],
    );
    expect(rows).toEqual(Object.entries(SERVER_REASONS).map(([reason, info]) => [reason, info.code, info.httpStatus, info.retryable]));
  });
});
