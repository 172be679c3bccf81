import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectSuccess, useConsumer } from './support.js';

// Vite + Vue 3: the README's single-file component, built, and type-checked by vue-tsc with the
// element's Vue typings, which must turn every wrong use in src/Probes.vue into an error.
describe('Vite + Vue 3', () => {
  const consumer = useConsumer('vite-vue');

  it('builds the component with the element in it', async () => {
    expectSuccess(await consumer.app.run('npm', ['run', 'build']));
    const built = await consumer.app.run('sh', ['-c', 'cat dist/assets/*.js']);
    expect(built.stdout).toContain('open-express-dashboard');
  });

  it('type-checks the template, every wrong use an error', async () => {
    expectSuccess(await consumer.app.run('npm', ['run', 'typecheck']));
  });

  it('does not know the tag without the typings (strictTemplates), so they are what checks it', async () => {
    await rm(join(consumer.app.dir, 'src/env.d.ts'));
    const unchecked = await consumer.app.run('npm', ['run', 'typecheck']);
    expect(unchecked.code).not.toBe(0);
    expect(unchecked.stdout).toMatch(/src\/PayoutsCard\.vue\(\d+,\d+\): error TS2339: Property 'open-express-dashboard' does not exist/);
  });
});
