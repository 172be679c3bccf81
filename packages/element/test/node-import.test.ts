import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

// Server-side rendering frameworks import components on the server. This imports the built
// package in a plain Node process (no DOM globals) and records every read of a browser global
// together with the file that made it.
const packageDir = fileURLToPath(new URL('..', import.meta.url));

const PROBE = `
const reads = [];
for (const name of ['window', 'document', 'location', 'navigator', 'localStorage', 'sessionStorage', 'self']) {
  Object.defineProperty(globalThis, name, {
    configurable: true,
    get() {
      const caller = new Error().stack.split('\\n')[2] ?? '';
      reads.push({ name, caller: caller.trim() });
      return undefined;
    },
  });
}
const root = await import('@open-express-dashboard/element');
const registeredByRoot = customElements.get('open-express-dashboard') !== undefined;
const element = new root.OpenExpressDashboard();
const constructed = { status: element.status, endpoint: element.endpoint, timeout: element.timeout };
const define = await import('@open-express-dashboard/element/define');
const registeredByDefine = customElements.get('open-express-dashboard') === define.OpenExpressDashboard;
console.log(JSON.stringify({ exports: Object.keys(root).sort(), registeredByRoot, registeredByDefine, constructed, reads }));
`;

async function probe() {
  const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', PROBE], { cwd: packageDir });
  return JSON.parse(stdout) as {
    exports: string[];
    registeredByRoot: boolean;
    registeredByDefine: boolean;
    constructed: { status: string; endpoint: string; timeout: number };
    reads: { name: string; caller: string }[];
  };
}

describe('the package in Node', () => {
  it('imports and constructs without the DOM, and only ./define registers the tag', async () => {
    const result = await probe();
    expect(result.exports).toEqual(['DEFAULT_TIMEOUT_MS', 'ERROR_EVENT', 'NAVIGATE_EVENT', 'OpenExpressDashboard']);
    expect(result.constructed).toEqual({ status: 'idle', endpoint: '/trpc', timeout: 30_000 });
    expect(result.registeredByRoot).toBe(false);
    expect(result.registeredByDefine).toBe(true);
  }, 30_000);

  it('never reads window, document or location from its own code', async () => {
    const { reads } = await probe();
    // Lit and tRPC test `typeof document` / `typeof window` to detect a server; that is all they do.
    expect(reads.filter(({ caller }) => /packages\/(element|contract)\//.test(caller))).toEqual([]);
    expect(reads.every(({ caller }) => /node_modules\/(lit-html|@lit|lit-element|@trpc)\//.test(caller))).toBe(true);
  }, 30_000);
});
