import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectSuccess, useConsumer } from './support.js';

// Preact and Solid: the raw tag in their JSX, type-checked by tsc with the element's Preact and Solid
// typings, which must turn every wrong use in src/preact.tsx and src/solid.tsx into an error.
describe('Preact and Solid JSX', () => {
  const consumer = useConsumer('jsx-probes');
  const frameworks = ['preact', 'solid'];

  it.each(frameworks)('type-checks the raw tag in %s JSX, every wrong use an error', async (framework) => {
    expectSuccess(await consumer.app.run('npm', ['run', `typecheck:${framework}`]));
  });

  it.each(frameworks)('does not know the tag in %s JSX without the typings, so they are what checks it', async (framework) => {
    await rm(join(consumer.app.dir, `src/${framework}-env.d.ts`));
    const unchecked = await consumer.app.run('npm', ['run', `typecheck:${framework}`]);
    expect(unchecked.code).not.toBe(0);
    expect(unchecked.stdout).toMatch(
      new RegExp(
        `src/${framework}\\.tsx\\(\\d+,\\d+\\): error TS2339: Property 'open-express-dashboard' does not exist on type 'JSX.IntrinsicElements'`,
      ),
    );
  });
});
