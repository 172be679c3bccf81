import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectSuccess, useConsumer, type Consumer } from './support.js';

/** `file:line` of every error svelte-check reports (its machine output: `<time> ERROR "file" line:column "message"`). */
async function svelteErrors(app: Consumer): Promise<string[]> {
  const checked = await app.run('npm', ['run', '--silent', 'typecheck']);
  return [...checked.stdout.matchAll(/^\d+ ERROR "([^"]+)" (\d+):\d+ /gm)].map(([, file, line]) => `${file}:${line}`);
}

/** The lines after each `<!-- expect-error: … -->` marker of src/Probes.svelte. */
async function markedLines(app: Consumer): Promise<string[]> {
  const lines = (await readFile(join(app.dir, 'src/Probes.svelte'), 'utf8')).split('\n');
  return lines.flatMap((line, index) => (line.includes('<!-- expect-error') ? [`src/Probes.svelte:${index + 2}`] : []));
}

// Vite + Svelte 5: a component with the element, built, and checked by svelte-check with the
// element's Svelte typings, which must report each wrong use in src/Probes.svelte, and nothing else.
describe('Vite + Svelte 5', () => {
  const consumer = useConsumer('vite-svelte');

  it('builds the component with the element in it', async () => {
    expectSuccess(await consumer.app.run('npm', ['run', 'build']));
    const built = await consumer.app.run('sh', ['-c', 'cat dist/assets/*.js']);
    expect(built.stdout).toContain('open-express-dashboard');
  });

  it('reports every wrong use, and accepts the right ones', async () => {
    const marked = await markedLines(consumer.app);
    expect(marked).toHaveLength(5);
    expect(await svelteErrors(consumer.app)).toEqual(marked);
  });

  it('misses the wrong uses without the typings (so the probes do probe)', async () => {
    await rm(join(consumer.app.dir, 'src/app.d.ts'));
    const errors = await svelteErrors(consumer.app);
    expect(errors.filter((error) => error.startsWith('src/Probes.svelte'))).not.toEqual(await markedLines(consumer.app));
  });
});
