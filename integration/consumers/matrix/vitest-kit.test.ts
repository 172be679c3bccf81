import { describe, expect, it } from 'vitest';
import { expectSuccess, useConsumer } from './support.js';

// The testing kit's README recipes as a platform runs them: examples/platform's page, app and
// tests (the files the README shows), installed from the packed packages, with the platform's own
// Vitest: msw's worker in Chromium, msw's setupServer in Node, the Stripe fake, Playwright.
describe('a platform’s Vitest suite with the testing kit', () => {
  const consumer = useConsumer('vitest-kit');

  it('type-checks the recipes against the published types', async () => {
    expectSuccess(await consumer.app.run('npx', ['tsc', '-p', 'tsconfig.json']));
  });

  it('passes, in Chromium and in Node', async () => {
    expectSuccess(await consumer.app.run('npm', ['run', 'build']));
    const tests = await consumer.app.run('npm', ['test']);
    expectSuccess(tests);
    const colours = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g'); // in case a reporter colours it anyway
    const summary = tests.stdout.replace(colours, '');
    expect(summary).toMatch(/Test Files\s+4 passed \(4\)/);
    expect(summary).toMatch(/Tests\s+11 passed \(11\)/);
  });
});
