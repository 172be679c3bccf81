import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { SERVER_REASONS, type ServerReason } from '@open-express-dashboard/contract';
import { chromiumLaunchOptions } from '@open-express-dashboard/test-env';
import { startStripeFake, type StripeFake } from '@open-express-dashboard/testing/stripe-fake';
import type Axe from 'axe-core';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../src/config.js';
import { startDemo, type RunningDemo } from '../src/demo.js';

// The product end to end, as sellers meet it: the built demo page in real Chromium, the element,
// the router, the stripe SDK and the Stripe fake, all over real HTTP.
/** The root README's picture of `npm start`: redrawn by every run, so it cannot show an old demo. */
const README_PICTURE = new URL('../docs/seller-hub.png', import.meta.url);
let demo: RunningDemo;
let browser: Browser;

beforeAll(async () => {
  demo = await startDemo(readConfig({ PORT: '0', HOST: '127.0.0.1' }), { logger: false });
  browser = await chromium.launch(chromiumLaunchOptions());
}, 60_000);
afterAll(async () => {
  // Unset when beforeAll failed part way: the teardown must not hide its error.
  /* eslint-disable @typescript-eslint/no-unnecessary-condition */
  await browser?.close();
  await demo?.close();
  /* eslint-enable @typescript-eslint/no-unnecessary-condition */
});

/** Where a click took the seller: one of the fake's stand-ins for Stripe's pages, or the element's message. */
type Outcome = { stripePage: 'express' | 'onboarding'; account: string } | { stripePage: 'full_dashboard' } | { message: ServerReason };

/** What Stripe's pages are called and where the fake serves them. */
const STRIPE_PAGES = {
  express: { heading: 'Express Dashboard', path: (account: string) => `/express/${account}/**` },
  onboarding: { heading: 'Finish setting up your account', path: (account: string) => `/setup/s/${account}/**` },
  full_dashboard: { heading: 'Stripe Dashboard', path: () => '/dashboard' },
};

const OPEN = 'Open Express Dashboard';

/** Every seller of the switcher, in order: their buttons, and where a click on each ends. */
const SELLERS: [state: string, clicks: [button: string, outcome: Outcome][]][] = [
  ['Express, onboarded', [[OPEN, { stripePage: 'express', account: 'acct_1OpenExpressDemo01' }]]],
  ['Onboarding incomplete', [[OPEN, { stripePage: 'onboarding', account: 'acct_1OpenExpressDemo02' }]]],
  ['Full Stripe Dashboard', [[OPEN, { stripePage: 'full_dashboard' }]]],
  ['No dashboard access', [[OPEN, { message: 'NOT_EXPRESS_DASHBOARD' }]]],
  ['Disconnected account', [[OPEN, { message: 'NO_CONNECTED_ACCOUNT' }]]],
  [
    'Two connected accounts',
    [
      ['Open EU shop dashboard', { stripePage: 'express', account: 'acct_1OpenExpressDemo07' }],
      ['Open US shop dashboard', { stripePage: 'express', account: 'acct_1OpenExpressDemo06' }],
    ],
  ],
  ['Signed out', [[OPEN, { message: 'UNAUTHENTICATED' }]]],
  ['Stripe down', [[OPEN, { message: 'STRIPE_UNAVAILABLE' }]]],
  ['Rate limited', [[OPEN, { message: 'RATE_LIMITED' }]]],
];

function switcherOf(page: Page) {
  return page.getByRole('navigation', { name: 'Demo sellers' });
}

/** A fresh browser profile (no cookies) on the demo's home page. */
async function freshPage(url: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1100, height: 800 } });
  // Under the test's own 30 s, so a wrong outcome fails saying what was awaited.
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

/** Signs in through the switcher, as a visitor would, and checks it marks the seller as current. */
async function switchTo(page: Page, state: string): Promise<void> {
  const link = switcherOf(page).getByRole('link', { name: state });
  const path = await link.getAttribute('href');
  await Promise.all([page.waitForURL(`**${path}`), link.click()]);
  expect(await link.getAttribute('aria-current')).toBe('page');
}

/** Clicks `button` and checks the outcome as the seller sees it; back on the hub afterwards. */
async function clickThrough(page: Page, stripeFakeUrl: string, button: string, outcome: Outcome): Promise<void> {
  const hub = page.url();
  const target = page.getByRole('button', { name: button });
  if ('message' in outcome) {
    await target.click();
    await page.getByRole('alert').filter({ hasText: SERVER_REASONS[outcome.message].message }).waitFor();
    expect(page.url()).toBe(hub);
    return;
  }
  const stripePage = STRIPE_PAGES[outcome.stripePage];
  const account = 'account' in outcome ? outcome.account : '';
  await Promise.all([page.waitForURL(`${stripeFakeUrl}${stripePage.path(account)}`), target.click()]);
  expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(stripePage.heading);
  if (account) expect(await page.locator('[data-account]').getAttribute('data-account')).toBe(account);
  await page.goBack();
}

describe('the demo, in Chromium', () => {
  it('offers every seller state in a labelled switcher', async () => {
    const page = await freshPage(demo.url);
    const states = await switcherOf(page).getByRole('link').locator('.state').allTextContents();
    expect(states).toEqual(SELLERS.map(([state]) => state));
    expect(await page.getByTestId('seller-name').textContent()).toBe("Ada's Pottery");
    expect(await page.locator('footer').textContent()).toContain('the embedded Stripe fake (demo mode');
    await page.context().close();
  });

  it.each(SELLERS)('%s: each button ends where the server sends the seller', async (state, clicks) => {
    const page = await freshPage(demo.url);
    await switchTo(page, state);
    for (const [button, outcome] of clicks) await clickThrough(page, demo.stripeFakeUrl ?? '', button, outcome);
    await page.context().close();
  });

  it('brings a seller back from Stripe’s onboarding to their own hub', async () => {
    const page = await freshPage(demo.url);
    await switchTo(page, 'Onboarding incomplete');
    await Promise.all([page.waitForURL(`${demo.stripeFakeUrl}/setup/s/**`), page.getByRole('button', { name: OPEN }).click()]);
    await Promise.all([
      page.waitForURL(`${demo.url}/sellers/onboarding`),
      page.getByRole('link', { name: 'Return to the platform' }).click(),
    ]);
    expect(await page.getByTestId('seller-name').textContent()).toBe("Bo's Bikes");
    await page.context().close();
  });

  it('works from the keyboard alone: switcher, then the button', async () => {
    const page = await freshPage(demo.url);
    /** Tabs until the focused element's text starts with `text` (a link's, or the element's label). */
    const tabTo = async (text: string) => {
      for (let presses = 0; presses < 20; presses += 1) {
        await page.keyboard.press('Tab');
        if ((await page.evaluate(() => document.activeElement?.textContent.trim() ?? '')).startsWith(text)) return;
      }
      throw new Error(`Tab never reached ${text}`);
    };
    await tabTo('Two connected accounts');
    await Promise.all([page.waitForURL(`${demo.url}/sellers/two-accounts`), page.keyboard.press('Enter')]);
    await tabTo('Open EU shop dashboard');
    await Promise.all([page.waitForURL(`${demo.stripeFakeUrl}/express/acct_1OpenExpressDemo07/**`), page.keyboard.press('Enter')]);
    await page.context().close();
  });

  it('has no accessibility violations (axe) on any seller’s hub, nor with an error shown', async () => {
    const axeSource = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
    const violationsOn = async (page: Page) => {
      await page.addScriptTag({ path: axeSource });
      return page.evaluate(async () => {
        const { axe } = window as unknown as { axe: typeof Axe };
        const { violations } = await axe.run(document);
        return violations.map(({ id, nodes }) => `${id}: ${nodes.map(({ target }) => target.join(' ')).join(', ')}`);
      });
    };
    const page = await freshPage(demo.url);
    const paths = await switcherOf(page)
      .getByRole('link')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    for (const path of paths) {
      await page.goto(`${demo.url}${path}`);
      expect({ path, violations: await violationsOn(page) }).toEqual({ path, violations: [] });
    }
    await page.goto(`${demo.url}/sellers/rate-limited`);
    await page.getByRole('button', { name: OPEN }).click();
    await page.getByRole('alert').filter({ hasText: SERVER_REASONS.RATE_LIMITED.message }).waitFor();
    expect(await violationsOn(page)).toEqual([]);
    await page.context().close();
  });

  it('draws the README’s picture of the demo, from this run', async () => {
    const page = await freshPage(demo.url);
    await page.waitForFunction(() => customElements.get('open-express-dashboard') !== undefined);
    expect(await page.getByRole('button', { name: OPEN }).getAttribute('aria-busy')).toBe('false');
    const png = await page.screenshot({ fullPage: true, animations: 'disabled', caret: 'hide' });
    await writeFile(README_PICTURE, png);
    expect(png.readUInt32BE(16)).toBe(1100); // the PNG header's width: the whole page, at 1x
    const readme = await readFile(new URL('../../../README.md', import.meta.url), 'utf8');
    expect(readme.includes('](apps/demo/docs/seller-hub.png)'), 'the root README shows the picture').toBe(true);
    await page.context().close();
  });
});

describe('the demo against a Stripe API (STRIPE_SECRET_KEY set)', () => {
  const account = 'acct_1ConfiguredSeller1';
  let stripeApi: StripeFake;
  let configured: RunningDemo;

  beforeAll(async () => {
    // Another Stripe-compatible API than the embedded fake: what STRIPE_API_URL points the demo at.
    stripeApi = await startStripeFake({ accounts: [{ id: account, state: 'express' }] });
    configured = await startDemo(
      readConfig({
        PORT: '0',
        HOST: '127.0.0.1',
        STRIPE_SECRET_KEY: stripeApi.secretKey,
        STRIPE_API_URL: stripeApi.url,
        DEMO_ACCOUNT_ID: account,
      }),
      { logger: false },
    );
  });
  afterAll(async () => {
    // Unset when beforeAll failed part way: the teardown must not hide its error.
    /* eslint-disable @typescript-eslint/no-unnecessary-condition */
    await configured?.close();
    await stripeApi?.close();
    /* eslint-enable @typescript-eslint/no-unnecessary-condition */
  });

  it('offers only the states it can show without the fake, each as the server answers', async () => {
    const page = await freshPage(configured.url);
    const states = await switcherOf(page).getByRole('link').locator('.state').allTextContents();
    expect(states).toEqual(['Your test account', 'Signed out', 'Rate limited']);
    expect((await fetch(`${configured.url}/sellers/stripe-down`)).status).toBe(404);

    await switchTo(page, 'Your test account');
    await clickThrough(page, stripeApi.url, OPEN, { stripePage: 'express', account });
    await switchTo(page, 'Rate limited');
    const asked = stripeApi.requests.length;
    await clickThrough(page, stripeApi.url, OPEN, { message: 'RATE_LIMITED' });
    expect(stripeApi.requests.length).toBe(asked); // refused before Stripe was asked
    await switchTo(page, 'Signed out');
    await clickThrough(page, stripeApi.url, OPEN, { message: 'UNAUTHENTICATED' });
    await page.context().close();
  });
});
