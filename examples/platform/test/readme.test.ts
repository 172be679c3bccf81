import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';

// The testing kit's README shows these tests as copy-paste recipes; this keeps each one equal to
// the file that `npm test` runs, so no recipe can rot.
const REPO = new URL('../../../', import.meta.url);
const readme = readFileSync(new URL('packages/testing/README.md', REPO), 'utf8');
const recipes = [...readme.matchAll(/<!-- recipe: (\S+) -->\n```ts\n([\s\S]*?)```/g)].map(([, path = '', code = '']) => ({ path, code }));

it('has a recipe for each of the four ways to test an integration, and the browser config', () => {
  expect(recipes.map(({ path }) => path)).toEqual([
    'examples/platform/vitest.config.ts',
    'examples/platform/test/seller-hub.browser.test.ts',
    'examples/platform/test/dashboard-redirect.test.ts',
    'examples/platform/test/app.test.ts',
    'examples/platform/test/e2e.test.ts',
  ]);
});

it.each(recipes)('shows $path exactly as it runs', ({ path, code }) => {
  expect(code).toBe(readFileSync(new URL(path, REPO), 'utf8'));
});

it.each(recipes)('$path imports only published packages', ({ code }) => {
  const imported = [...code.matchAll(/from '(@open-express-dashboard\/[a-z-]+)/g)].map(([, name]) => name);
  for (const name of imported)
    expect([
      '@open-express-dashboard/testing',
      '@open-express-dashboard/contract',
      '@open-express-dashboard/server',
      '@open-express-dashboard/element',
    ]).toContain(name);
});
