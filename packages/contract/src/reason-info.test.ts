import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { describe, expect, it } from 'vitest';
import { SERVER_REASONS } from './reasons.js';

const GENERATED = fileURLToPath(new URL('./reason-info.generated.ts', import.meta.url));

/** The source of reason-info.generated.ts: SERVER_REASONS without the fields only the server reads. */
async function generatedSource(): Promise<string> {
  const info = Object.fromEntries(
    Object.entries(SERVER_REASONS).map(([reason, { retryable, message }]) => [reason, { retryable, message }]),
  );
  const source = `// Generated from SERVER_REASONS (reasons.ts) by reason-info.test.ts; do not edit. After changing
// that table, run \`npm run generate -w @open-express-dashboard/contract\`.
import type { ReasonInfo, ServerReason } from './reasons.js';

/** Each server reason's \`retryable\` and \`message\`, without its tRPC \`code\` and \`httpStatus\`. */
export const SERVER_REASON_INFO = ${JSON.stringify(info)} as const satisfies Record<ServerReason, ReasonInfo>;
`;
  return format(source, { ...(await resolveConfig(GENERATED)), filepath: GENERATED });
}

describe('reason-info.generated.ts', () => {
  it('is SERVER_REASONS without the server-only fields', async () => {
    await expect(await generatedSource()).toMatchFileSnapshot(
      GENERATED,
      'SERVER_REASONS changed: run `npm run generate -w @open-express-dashboard/contract`',
    );
  });
});
