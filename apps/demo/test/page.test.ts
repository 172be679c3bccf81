import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readHubTemplate, renderHubPages } from '../src/page.js';
import type { Scenario } from '../src/scenarios.js';

const TEMPLATE = '<header><!--who--></header><nav><!--switcher--></nav><main><!--seller--></main><footer><!--stripe-label--></footer>';

const hostile: Scenario = {
  id: 'hostile',
  title: 'A <b>bold</b> state',
  outcome: 'Does "things" & more',
  seller: { userId: 'x', name: '<img src=x onerror=alert(1)>', accounts: [{ id: 'acct_1A', label: "O'Brien & <Co>" }, { id: 'acct_1B' }] },
};
const signedOut: Scenario = { id: 'signed-out', title: 'Signed out', outcome: 'Asks them to sign in', seller: null };

describe('renderHubPages', () => {
  it('escapes every text it inserts, `$` patterns included', () => {
    const pages = renderHubPages(TEMPLATE, [hostile, signedOut], 'http://127.0.0.1:1/?$&<script>');
    const page = pages.get(hostile) ?? '';
    expect(page).not.toMatch(/<img|<b>|<Co>|<script>/);
    expect(page).toContain('&#60;img src=x onerror=alert(1)&#62;');
    expect(page).toContain('O&#39;Brien &#38; &#60;Co&#62;');
    expect(page).toContain('http://127.0.0.1:1/?$&#38;&#60;script&#62;');
    expect(page).not.toContain('<!--');
  });

  it('gives each seller their own page, their entry in the switcher marked current', () => {
    const pages = renderHubPages(TEMPLATE, [hostile, signedOut], 'Stripe');
    for (const [scenario, page] of pages) {
      expect(page.match(/aria-current="page"/g)).toHaveLength(1);
      expect(page).toMatch(new RegExp(`href="/sellers/${scenario.id}" aria-current="page"`));
    }
    expect(pages.get(signedOut)).toContain('Not signed in');
    // Several accounts: one button each, choosing its account.
    expect(pages.get(hostile)?.match(/<open-express-dashboard account-id="acct_1[AB]"/g)).toHaveLength(2);
  });
});

describe('readHubTemplate', () => {
  let dir: string | undefined;
  afterEach(() => dir && rm(dir, { recursive: true }));

  it('says to build the page when it is missing or lacks a placeholder', async () => {
    dir = await mkdtemp(join(tmpdir(), 'demo-page-'));
    await expect(readHubTemplate(dir)).rejects.toThrow(/not built.*npm run build/);
    await writeFile(join(dir, 'index.html'), '<main><!--seller--></main>');
    await expect(readHubTemplate(dir)).rejects.toThrow('lacks <!--who-->, <!--switcher-->, <!--stripe-label-->');
    await writeFile(join(dir, 'index.html'), TEMPLATE);
    await expect(readHubTemplate(dir)).resolves.toBe(TEMPLATE);
  });
});
