import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The READMEs show consumer apps' files as the examples to copy (`<!-- consumer: path -->` before a
// code block): each block must be the file the matrix runs, byte for byte.
const REPO = new URL('../../../', import.meta.url);
const READMES = [
  'README.md',
  'packages/server/README.md',
  'packages/element/README.md',
  'packages/react/README.md',
  'apps/server/README.md',
];

const blocks = READMES.flatMap((readme) =>
  [...readFileSync(new URL(readme, REPO), 'utf8').matchAll(/<!-- consumer: (\S+) -->\n```[a-z]*\n([\s\S]*?)```/g)].map(
    ([, path = '', code = '']) => ({ readme, path, code }),
  ),
);

describe('README examples', () => {
  it('show the files the matrix runs: Next.js route and page, node:http beside the platform’s routes, the merged service and its client, the Vue component, the Dockerfile', () => {
    expect(blocks.map(({ path }) => path).sort()).toEqual(
      [
        'apps/server/Dockerfile',
        'integration/consumers/apps/nextjs/app/api/trpc/[trpc]/route.ts',
        'integration/consumers/apps/nextjs/app/page.tsx',
        'integration/consumers/apps/plain-html/server.js',
        'integration/consumers/apps/ts-service/src/app.ts',
        'integration/consumers/apps/ts-service/src/client.ts',
        'integration/consumers/apps/vite-vue/src/PayoutsCard.vue',
        'integration/consumers/apps/vite-vue/vite.config.ts',
      ].sort(),
    );
  });

  it.each(blocks)('$readme shows $path exactly as it runs', ({ path, code }) => {
    expect(code).toBe(readFileSync(new URL(path, REPO), 'utf8'));
  });
});
