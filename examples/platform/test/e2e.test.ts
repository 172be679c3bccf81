import { startStripeFake, type StripeFake } from '@open-express-dashboard/testing/stripe-fake';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type Page } from 'playwright-core';
import Stripe from 'stripe';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { createPlatformServer } from '../src/server.js';

const ACCOUNT = 'acct_1AdaExpress00001';
let fake: StripeFake;
let server: Server;
let platformUrl: string;
let browser: Browser;

beforeAll(async () => {
  fake = await startStripeFake({ accounts: [{ id: ACCOUNT, state: 'express' }] });
  const stripe = new Stripe(fake.secretKey, { ...fake.stripeConfig, maxNetworkRetries: 0 });
  const seller = { id: 'ada', name: 'Ada', stripeAccountId: ACCOUNT };
  server = createPlatformServer({ stripe, findSession: (token) => (token === 'token-ada' ? seller : undefined) });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  platformUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // Your Chromium or Chrome (CHROME_PATH), or leave executablePath out to use Playwright's own browsers.
  browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
});
afterEach(() => fake.reset());
afterAll(async () => {
  // Unset when beforeAll failed part way: the teardown must not hide its error.
  /* eslint-disable @typescript-eslint/no-unnecessary-condition */
  await browser?.close();
  server?.close();
  await fake?.close();
  /* eslint-enable @typescript-eslint/no-unnecessary-condition */
});

async function signedInPage(): Promise<Page> {
  const context = await browser.newContext();
  await context.addCookies([{ name: 'session', value: 'token-ada', url: platformUrl }]);
  const page = await context.newPage();
  await page.goto(platformUrl);
  return page;
}

it('takes the signed-in seller from the button to their Express Dashboard', async () => {
  const page = await signedInPage();
  await page.getByRole('button', { name: 'View payouts on Stripe' }).click();
  await page.waitForURL(`${fake.url}/express/${ACCOUNT}/**`);
  expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Express Dashboard');
  await page.context().close();
});

it('explains a Stripe outage, and the next click works', async () => {
  fake.injectFault({ kind: 'server_error' });
  const page = await signedInPage();
  const button = page.getByRole('button', { name: 'View payouts on Stripe' });
  await button.click();
  await page.getByRole('alert').filter({ hasText: 'Stripe did not answer in time' }).waitFor();
  await button.click();
  await page.waitForURL(`${fake.url}/express/${ACCOUNT}/**`);
  await page.context().close();
});
