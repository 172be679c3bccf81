/* eslint-disable no-console -- a benchmark prints its figures */
// Browser benchmark: how long from a click on <open-express-dashboard> to its navigate() call, in
// Chromium, with a server on loopback that answers at once; against a bare fetch() of the same
// endpoint from the same page (the least any button could do). Rounds interleave the two, in
// alternating order, after a warm-up; times are taken inside the page (performance.now()).
//   npm run bench:click -w @open-express-dashboard/element   (ROUNDS=50 by default)
import { chromiumLaunchOptions } from '@open-express-dashboard/test-env';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { once } from 'node:events';
import { chromium } from 'playwright';

const ROUNDS = Number(process.env.ROUNDS ?? 50);
const WARM_UP = 10;
const TARGET_MS = 5;

const bundle = await readFile(new URL('../dist/open-express-dashboard.standalone.js', import.meta.url), 'utf8').catch(() => {
  throw new Error('dist/open-express-dashboard.standalone.js is missing: run `npm run build -w @open-express-dashboard/element` first.');
});
const ANSWER = JSON.stringify({
  result: { data: { url: 'https://connect.stripe.com/express/acct_1Bench000000001/abc', kind: 'express_dashboard' } },
});
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title>
<script type="module" src="/open-express-dashboard.js"></script></head>
<body><open-express-dashboard></open-express-dashboard></body></html>`;

const server = createServer((request, response) => {
  if (request.method === 'POST' && request.url === '/trpc/expressDashboard.createLoginLink') {
    // The answer goes out as soon as the request has been read: no work, no waiting.
    request.resume();
    request.on('end', () => response.writeHead(200, { 'content-type': 'application/json' }).end(ANSWER));
    return;
  }
  if (request.url === '/open-express-dashboard.js') return response.writeHead(200, { 'content-type': 'text/javascript' }).end(bundle);
  if (request.url === '/') return response.writeHead(200, { 'content-type': 'text/html' }).end(PAGE);
  response.writeHead(404).end();
});
server.listen(0, '127.0.0.1');
await once(server, 'listening');
const address = server.address();
if (address === null || typeof address === 'string') throw new Error('no port');

const browser = await chromium.launch(chromiumLaunchOptions());
try {
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${address.port}/`);
  await page.waitForFunction(() => customElements.get('open-express-dashboard') !== undefined);

  /** One click on the element, timed to its navigate() call; then back to idle, as after the back-forward cache. */
  const click = () =>
    page.evaluate(
      () =>
        /** @type {Promise<number>} */ (
          new Promise((resolve) => {
            const element = /** @type {HTMLElementTagNameMap['open-express-dashboard']} */ (
              document.querySelector('open-express-dashboard')
            );
            /** @type {number} */
            let start = 0;
            element.navigate = () => {
              const elapsed = performance.now() - start;
              window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
              resolve(elapsed);
            };
            start = performance.now();
            element.click();
          })
        ),
    );
  /** The same request with fetch(), read and checked as far as a button needs to. */
  const bareFetch = () =>
    page.evaluate(async () => {
      const start = performance.now();
      const response = await fetch('/trpc/expressDashboard.createLoginLink', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
      });
      /** @type {(response: Response) => Promise<{ result: { data: { url: string } } }>} */
      const readBody = (answer) => answer.json();
      const body = await readBody(response);
      new URL(body.result.data.url);
      return performance.now() - start;
    });

  for (let round = 0; round < WARM_UP; round++) {
    await click();
    await bareFetch();
  }
  /** @type {{ element: number[], fetch: number[] }} */
  const times = { element: [], fetch: [] };
  for (let round = 0; round < ROUNDS; round++) {
    if (round % 2 === 0) {
      times.element.push(await click());
      times.fetch.push(await bareFetch());
    } else {
      times.fetch.push(await bareFetch());
      times.element.push(await click());
    }
  }

  /** @param {number[]} values @param {number} q */
  const quantile = (values, q) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(q * values.length))] ?? NaN;
  const ms = (/** @type {number} */ value) => `${value.toFixed(2)} ms`;
  /** @param {string} name @param {number[]} values */
  const row = (name, values) =>
    console.log(
      `${name.padEnd(44)} ${ms(quantile(values, 0.5)).padStart(9)} ${ms(quantile(values, 0.9)).padStart(9)} ${ms(Math.min(...values)).padStart(9)}`,
    );
  console.log(
    `Chromium ${browser.version()}, ${ROUNDS} interleaved rounds after ${WARM_UP} warm-up rounds, server on loopback answering at once`,
  );
  console.log(`${'contender'.padEnd(44)} ${'p50'.padStart(9)} ${'p90'.padStart(9)} ${'min'.padStart(9)}`);
  row('bare fetch() of the endpoint', times.fetch);
  row('<open-express-dashboard> click → navigate()', times.element);
  const gap = quantile(times.element, 0.5) - quantile(times.fetch, 0.5);
  console.log(`element − fetch at p50: ${ms(gap)} (target: within ${TARGET_MS} ms) ${gap <= TARGET_MS ? 'met' : 'NOT met'}`);
} finally {
  await browser.close();
  server.close();
}
