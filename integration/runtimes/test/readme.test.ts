import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { RECIPES } from '../src/app.js';
import { DENO_PERMISSIONS } from '../src/targets.js';

// The server README shows the recipes as copy-paste code and says which runtime versions are
// tested: this keeps both equal to what the matrix runs.
const readme = readFileSync(new URL('../../../packages/server/README.md', import.meta.url), 'utf8');
const recipes = [...readme.matchAll(/<!-- recipe: integration\/runtimes\/recipes\/(\S+) -->\n```(?:ts|jsonc)\n([\s\S]*?)```/g)].map(
  ([, file = '', code = '']) => ({ file, code }),
);

it('shows a recipe for each runtime the matrix runs, and the configuration they share', () => {
  expect(recipes.map(({ file }) => file)).toEqual(['options.ts', 'worker.ts', 'wrangler.jsonc', 'deno.ts', 'bun.ts', 'hono.ts']);
});

it.each(recipes)('shows $file exactly as the matrix runs it', ({ file, code }) => {
  expect(code).toBe(readFileSync(`${RECIPES}${file}`, 'utf8'));
});

it('names the versions the matrix pins, and the permissions it gives Deno', () => {
  const toolchain = JSON.parse(readFileSync(new URL('../toolchain/package.json', import.meta.url), 'utf8')) as {
    devDependencies: Record<string, string>;
  };
  for (const pinned of Object.values(toolchain.devDependencies)) expect(readme).toContain(pinned.replace(/^npm:[^@]+@/, ''));
  expect(readme).toContain(`\`${DENO_PERMISSIONS.join(' ')}\``);
  expect(readFileSync(`${RECIPES}deno.ts`, 'utf8').split('\n')[0]).toBe(`// deno run ${DENO_PERMISSIONS.join(' ')} deno.ts`);
});
