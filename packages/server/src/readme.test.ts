import { readFile } from 'node:fs/promises';
import { SERVER_REASONS } from '@open-express-dashboard/contract';
import { describe, expect, it } from 'vitest';

describe('the README', () => {
  it('documents every reason as the contract defines it, with when it happens', async () => {
    const readme = await readFile(new URL('../README.md', import.meta.url), 'utf8');
    const rows = [...readme.matchAll(/^\| `([A-Z_]+)` \| `([A-Z_]+)` \| (\d+) \| (yes|no) \| ([^|]+) \| ([^|]+) \|$/gm)].map(
      ([, reason, code, status, retryable, message, when]) => ({
        row: [reason, code, Number(status), retryable === 'yes', message?.trim()],
        when: when?.trim() ?? '',
      }),
    );
    expect(rows.map(({ row }) => row)).toEqual(
      Object.entries(SERVER_REASONS).map(([reason, info]) => [reason, info.code, info.httpStatus, info.retryable, info.message]),
    );
    for (const { when } of rows) expect(when.length).toBeGreaterThan(10);
  });
});
