import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { FAKE_SCENARIOS, stripeScenarios } from '../src/scenarios.js';

const rootReadme = await readFile(new URL('../../../README.md', import.meta.url), 'utf8');

describe('the demo sellers', () => {
  it('each have their own address, in both modes', () => {
    for (const scenarios of [FAKE_SCENARIOS, stripeScenarios('acct_1Configured')]) {
      const ids = scenarios.map(({ id }) => id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const id of ids) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
    }
  });

  it('are the rows of the root README’s table, in order', () => {
    const table = rootReadme.split('| seller | a click on their button |')[1]?.split('\n\n')[0] ?? '';
    const rows = [...table.matchAll(/^\| ([^|]+) \|/gm)].map(([, title]) => title?.trim()).filter((title) => title !== '---');
    expect(rows).toEqual(FAKE_SCENARIOS.map(({ title }) => title));
  });

  it('with a Stripe key, are the three the README names, none needing the fake', () => {
    const scenarios = stripeScenarios('acct_1Configured');
    for (const { title } of scenarios) expect(rootReadme).toContain(`**${title}**`);
    for (const { seller } of scenarios) for (const account of seller?.accounts ?? []) expect(account).toEqual({ id: 'acct_1Configured' });
  });
});
