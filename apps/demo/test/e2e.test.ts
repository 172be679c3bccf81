import { chromiumLaunchOptions } from '@open-express-dashboard/test-env';
import { SERVER_REASONS } from '@open-express-dashboard/contract';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../src/config.js';
import { DEMO_MODE_ACCOUNT, startDemo, type RunningDemo } from '../src/demo.js';

// The product end to end, as a seller meets it: the built demo page in real Chromium, the element,
// the router, the stripe SDK and the Stripe fake, all over real HTTP.
let demo: RunningDemo;
let browser: Browser;

beforeAll(async () => {
  demo = await startDemo(readConfig({ PORT: '0', HOST: '127.0.0.1' }));
  browser = await chromium.launch(chromiumLaunchOptions());
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await demo?.close();
});

describe('the demo, in Chromium', () => {
  it('takes the signed-in seller from the button to their Express Dashboard', async () => {
    const page = await browser.newPage();
    await page.goto(demo.url);
    await expect(page.getByTestId('seller-account').textContent()).resolves.toBe(DEMO_MODE_ACCOUNT);
    await expect(page.locator('footer').textContent()).resolves.toContain('the embedded Stripe fake (demo mode');

    const button = page.getByRole('button', { name: 'Open Express Dashboard' });
    await Promise.all([page.waitForURL(`${demo.stripeFakeUrl}/express/**`), button.click()]);

    expect(page.url()).toContain(`/express/${DEMO_MODE_ACCOUNT}/`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Express Dashboard');
    await expect(page.locator('[data-account]').getAttribute('data-account')).resolves.toBe(DEMO_MODE_ACCOUNT);
    await page.close();
  });

  it('tells a seller whose session ended to sign in again, and stays on the page', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(demo.url);
    await context.clearCookies();

    await page.getByRole('button', { name: 'Open Express Dashboard' }).click();
    await expect(page.getByRole('alert').filter({ hasText: SERVER_REASONS.UNAUTHENTICATED.message }).waitFor()).resolves.toBeUndefined();
    expect(new URL(page.url()).origin).toBe(demo.url);
    await context.close();
  });
});
