import { chromiumLaunchOptions } from '@open-express-dashboard/test-env';
import { SERVER_REASONS } from '@open-express-dashboard/contract';
import { createLoginLinkMocks, holdLoginLinkAnswer, loginLinkError, loginLinkSuccess } from '@open-express-dashboard/testing/msw';
import { readFile } from 'node:fs/promises';
import fr from '../src/locales/fr.js';
import { getResponse, type RequestHandler } from 'msw';
import { chromium, type Browser, type BrowserContext, type Page, type Route } from 'playwright';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';

// The built standalone module on plain HTML pages, in Chromium: no bundler, no import map, one
// <script type="module">. Playwright serves the pages and answers the tRPC endpoint with the
// testing kit's msw handlers; every other request is refused, so nothing leaves the machine.
const ORIGIN = 'http://platform.test';
const LINK = 'https://connect.stripe.com/express/acct_1Standalone0000001/abc123';
const bundleUrl = new URL('../dist/open-express-dashboard.standalone.js', import.meta.url);

const page = (body: string, lang = 'en') => `<!doctype html>
<html lang="${lang}">
  <head><meta charset="utf-8"><title>Plain page</title>
    <script type="module" src="/open-express-dashboard.js"></script>
  </head>
  <body>
    ${body}
    <script>
      // What the page's own code sees: the events, without ever getting the URL.
      window.seen = [];
      for (const type of ['open-express-dashboard-navigate', 'open-express-dashboard-error']) {
        document.addEventListener(type, (event) => seen.push({ type, detail: JSON.parse(JSON.stringify(event.detail)) }));
      }
    </script>
  </body>
</html>`;

const PAGES: Record<string, string> = {
  '/': page('<main><h1>Seller hub</h1><open-express-dashboard>Open Express Dashboard</open-express-dashboard></main>'),
  '/new-tab': page(
    '<main><h1>Seller hub</h1><open-express-dashboard target="_blank">Open Express Dashboard</open-express-dashboard></main>',
  ),
  '/fr': page('<main><h1>Espace vendeur</h1><open-express-dashboard></open-express-dashboard></main>', 'fr-CA'),
  // A sandbox without allow-popups: the browser refuses every new tab from inside.
  '/sandboxed': page(
    '<main><h1>Embedded</h1><iframe title="embedded" sandbox="allow-scripts allow-same-origin" src="/new-tab"></iframe></main>',
  ),
};

// Undefined until started: when beforeAll fails, the teardown must not hide its error.
let browser: Browser | undefined;
let context: BrowserContext | undefined;
let bundle: string;
let handlers: RequestHandler[];
let requested: string[];

beforeAll(async () => {
  bundle = await readFile(bundleUrl, 'utf8').catch(() => {
    throw new Error(`${bundleUrl.pathname} is missing: run \`npm run build\` in packages/element first.`);
  });
  browser = await chromium.launch(chromiumLaunchOptions());
}, 60_000);
afterAll(() => browser?.close());
afterEach(() => context?.close());

async function openPage(path: string, ...answer: RequestHandler[]): Promise<Page> {
  handlers = answer;
  requested = [];
  const opened = await browser!.newContext();
  context = opened;
  await opened.route('**/*', (route) => serve(route));
  const tab = await opened.newPage();
  await tab.goto(`${ORIGIN}${path}`);
  await tab.waitForFunction(() => customElements.get('open-express-dashboard') !== undefined);
  return tab;
}

async function serve(route: Route): Promise<void> {
  const request = route.request();
  const url = new URL(request.url());
  requested.push(`${request.method()} ${url.origin === ORIGIN ? url.pathname : url.href}`);
  if (url.origin === ORIGIN && PAGES[url.pathname]) {
    return route.fulfill({ contentType: 'text/html', body: PAGES[url.pathname] });
  }
  if (url.origin === ORIGIN && url.pathname === '/open-express-dashboard.js') {
    return route.fulfill({ contentType: 'text/javascript', body: bundle });
  }
  // The translations, beside the module as in the package's dist/.
  if (url.origin === ORIGIN && /^\/locales\/[\w-]+\.js$/.test(url.pathname)) {
    const file = new URL(`../dist${url.pathname}`, import.meta.url);
    return route.fulfill({ contentType: 'text/javascript', body: await readFile(file, 'utf8') });
  }
  if (url.origin === ORIGIN && url.pathname.startsWith('/trpc/')) {
    const body = request.postDataBuffer();
    const fetchRequest = new Request(url, {
      method: request.method(),
      headers: await request.allHeaders(),
      body: body ? new Uint8Array(body) : null,
    });
    const response = await getResponse(handlers, fetchRequest);
    if (!response || response.type === 'error') return route.abort('connectionfailed');
    return route.fulfill({
      status: response.status,
      headers: Object.fromEntries(response.headers),
      body: Buffer.from(await response.arrayBuffer()),
    });
  }
  if (url.href.startsWith('https://connect.stripe.com/express/')) {
    return route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Express</title><h1>Express Dashboard</h1>' });
  }
  return route.abort('blockedbyclient');
}

const seen = (tab: Page) => tab.evaluate(() => (window as unknown as { seen: unknown[] }).seen);

describe('the standalone module on a plain HTML page', () => {
  it('is one self-contained file: the page loads nothing else', async () => {
    const tab = await openPage('/');
    await expect(tab.getByRole('button', { name: 'Open Express Dashboard' }).isEnabled()).resolves.toBe(true);
    expect(requested).toEqual(['GET /', 'GET /open-express-dashboard.js']);
    expect(bundle).not.toMatch(/\bfrom\s*["'](lit|@lit|@trpc)/);
    // Fully minified: a licence line, the code, the source map comment; no indentation anywhere.
    expect(bundle.split('\n').length).toBeLessThanOrEqual(5);
    expect(bundle).not.toMatch(/^[ \t]+\S/m);
    expect(bundle).not.toMatch(/>\s{2,}</);
  });

  it('speaks the page’s language, loading that one translation from beside the module', async () => {
    const tab = await openPage('/fr', loginLinkError('UNAUTHENTICATED', { endpoint: `${ORIGIN}/trpc` }));
    const button = tab.getByRole('button', { name: fr.label });
    await button.waitFor();
    expect(requested).toEqual(['GET /fr', 'GET /open-express-dashboard.js', 'GET /locales/fr.js']);
    await button.click();
    await tab.getByRole('alert').filter({ hasText: fr.UNAUTHENTICATED }).waitFor();
  });

  it('runs Lit in production mode and logs nothing', async () => {
    const logged: string[] = [];
    const tab = await openPage('/');
    tab.on('console', (message) => logged.push(message.text()));
    await tab.reload();
    await tab.waitForFunction(() => customElements.get('open-express-dashboard') !== undefined);
    expect(logged).toEqual([]);
  });

  it('takes the seller to the dashboard in this tab', async () => {
    const recorder = createLoginLinkMocks({ endpoint: `${ORIGIN}/trpc`, url: LINK });
    const tab = await openPage('/', ...recorder.handlers);
    await Promise.all([tab.waitForURL(LINK), tab.getByRole('button', { name: 'Open Express Dashboard' }).click()]);
    await expect(tab.getByRole('heading').textContent()).resolves.toBe('Express Dashboard');
    expect(recorder.requests).toHaveLength(1);
  });

  it('shows the server’s reason and stays on the page', async () => {
    const tab = await openPage('/', loginLinkError('NOT_EXPRESS_DASHBOARD', { endpoint: `${ORIGIN}/trpc` }));
    await tab.getByRole('button', { name: 'Open Express Dashboard' }).click();
    await tab.getByRole('alert').filter({ hasText: SERVER_REASONS.NOT_EXPRESS_DASHBOARD.message }).waitFor();
    expect(tab.url()).toBe(`${ORIGIN}/`);
    await expect(seen(tab)).resolves.toEqual([
      {
        type: 'open-express-dashboard-error',
        detail: { reason: 'NOT_EXPRESS_DASHBOARD', retryable: false, message: SERVER_REASONS.NOT_EXPRESS_DASHBOARD.message },
      },
    ]);
  });
});

describe('target="_blank"', () => {
  it('opens the dashboard in a new tab that cannot reach back into the page', async () => {
    const tab = await openPage('/new-tab', loginLinkSuccess({ endpoint: `${ORIGIN}/trpc`, url: LINK, delay: 200 }));
    const [popup] = await Promise.all([tab.context().waitForEvent('page'), tab.getByRole('button').click()]);
    await popup.waitForURL(LINK);
    await expect(popup.evaluate(() => window.opener as unknown)).resolves.toBeNull();
    // This tab stays where it was, with the button ready for another click.
    expect(tab.url()).toBe(`${ORIGIN}/new-tab`);
    await tab.waitForFunction(() => document.querySelector('open-express-dashboard')?.status === 'idle');
    await expect(seen(tab)).resolves.toEqual([
      { type: 'open-express-dashboard-navigate', detail: { kind: 'express_dashboard', target: '_blank' } },
    ]);
  });

  it('closes the new tab again when the link cannot be made', async () => {
    const tab = await openPage('/new-tab', loginLinkError('RATE_LIMITED', { endpoint: `${ORIGIN}/trpc`, delay: 200 }));
    const [popup] = await Promise.all([tab.context().waitForEvent('page'), tab.getByRole('button').click()]);
    await expect.poll(() => popup.isClosed()).toBe(true);
    await tab.getByRole('alert').filter({ hasText: SERVER_REASONS.RATE_LIMITED.message }).waitFor();
    expect(tab.context().pages()).toEqual([tab]);
  });

  it('closes the waiting tab when the host cancels the navigation', async () => {
    const tab = await openPage('/new-tab', loginLinkSuccess({ endpoint: `${ORIGIN}/trpc`, url: LINK, delay: 200 }));
    await tab.evaluate(() => document.addEventListener('open-express-dashboard-navigate', (event) => event.preventDefault()));
    const [popup] = await Promise.all([tab.context().waitForEvent('page'), tab.getByRole('button').click()]);
    await expect.poll(() => popup.isClosed()).toBe(true);
    expect(tab.context().pages()).toEqual([tab]);
    expect(tab.url()).toBe(`${ORIGIN}/new-tab`);
  });

  it('does not navigate when the seller closed the waiting tab', async () => {
    const held = holdLoginLinkAnswer(loginLinkSuccess({ endpoint: `${ORIGIN}/trpc`, url: LINK }));
    const tab = await openPage('/new-tab', held.handler);
    const [popup] = await Promise.all([tab.context().waitForEvent('page'), tab.getByRole('button').click()]);
    await popup.close();
    held.release();
    await tab.waitForFunction(() => document.querySelector('open-express-dashboard')?.status === 'idle');
    expect(tab.url()).toBe(`${ORIGIN}/new-tab`);
    expect(tab.context().pages()).toEqual([tab]);
    await expect(seen(tab)).resolves.toEqual([]);
  });

  it('falls back to this frame when the browser blocks new tabs (sandboxed iframe)', async () => {
    const tab = await openPage('/sandboxed', loginLinkSuccess({ endpoint: `${ORIGIN}/trpc`, url: LINK }));
    const frame = tab.frames().find((candidate) => candidate.url().endsWith('/new-tab'))!;
    await frame.waitForFunction(() => customElements.get('open-express-dashboard') !== undefined);
    const popups: Page[] = [];
    tab.context().on('page', (opened) => popups.push(opened));
    await frame.getByRole('button').click();
    await expect.poll(() => frame.url()).toBe(LINK);
    expect(popups).toEqual([]);
    expect(tab.url()).toBe(`${ORIGIN}/sandboxed`);
  });
});
