import { fileURLToPath } from 'node:url';
import { build, type Rolldown } from 'vite';
import { describe, expect, it } from 'vitest';

// The element imports the server's router *type* only. This bundles the element as a browser
// app would and checks that no server code, Stripe SDK or Node built-in came along.
const entry = fileURLToPath(new URL('../src/open-express-dashboard.ts', import.meta.url));

async function bundleModules(): Promise<{ modules: string[]; code: string; entry: string; chunks: string[] }> {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    build: { write: false, minify: false, lib: { entry, formats: ['es'], fileName: 'bundle' } },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  const chunks = outputs.flatMap((output) => output.output).filter((item) => item.type === 'chunk');
  return {
    modules: chunks.flatMap((chunk) => chunk.moduleIds),
    code: chunks.map((chunk) => chunk.code).join('\n'),
    entry: chunks.find((chunk) => chunk.isEntry)!.code,
    chunks: chunks.filter((chunk) => !chunk.isEntry).map((chunk) => chunk.moduleIds.map((id) => id.replace(/.*\/src\//, '')).join(' ')),
  };
}

describe('the browser bundle', () => {
  it('holds the element, Lit and the tRPC client, and nothing from the server side', async () => {
    const { modules, code } = await bundleModules();
    const has = (pattern: RegExp) => modules.some((id) => pattern.test(id.replaceAll('\\', '/')));
    expect(has(/element\/src\/open-express-dashboard\.component\.ts$/)).toBe(true);
    expect(has(/node_modules\/lit-html\//)).toBe(true);
    expect(has(/node_modules\/@trpc\/client\//)).toBe(true);

    expect(has(/packages\/server\//)).toBe(false);
    expect(has(/node_modules\/(stripe|zod|@trpc\/server\/dist\/adapters)\//)).toBe(false);
    expect(modules.filter((id) => id.startsWith('node:') || id.startsWith('\0node:'))).toEqual([]);
    expect(code).not.toMatch(/createLoginLink\(|api\.stripe\.com/);
  }, 60_000);

  it('keeps English inline and every other language in a chunk of its own, loaded on demand', async () => {
    const { entry, chunks } = await bundleModules();
    expect(entry).toContain('Open Express Dashboard');
    expect(entry).not.toContain('Ouvrir le Dashboard Express');
    expect(chunks).toContain('locales/fr.ts');
    expect(chunks).toContain('locales/ja.ts');
    expect(chunks.filter((chunk) => chunk.startsWith('locales/'))).toHaveLength(chunks.length);
  }, 60_000);
});
