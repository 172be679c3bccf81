import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../src/config.js';
import { startDemo, type RunningDemo } from '../src/demo.js';
import { SESSION_COOKIE } from '../src/session.js';

// The demo's routes over HTTP, without a browser: what the e2e test relies on, and what it cannot see.
let demo: RunningDemo;

beforeAll(async () => {
  demo = await startDemo(readConfig({ PORT: '0', HOST: '127.0.0.1' }), { logger: false });
});
// eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset when beforeAll failed
afterAll(() => demo?.close());

/** Opens a seller's page and returns the session cookie it set, as a `Cookie` header value. */
async function signInAs(path: string): Promise<string> {
  const page = await fetch(`${demo.url}${path}`);
  expect(page.status).toBe(200);
  return (page.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
}

/** Asks for a login link as the element does, with a session cookie. */
async function createLoginLink(cookie: string, input?: { accountId: string }) {
  const answer = await fetch(`${demo.url}/trpc/expressDashboard.createLoginLink`, {
    method: 'POST',
    headers: { cookie, 'content-type': 'application/json' },
    body: input === undefined ? undefined : JSON.stringify(input),
  });
  return {
    status: answer.status,
    body: (await answer.json()) as { result?: { data: { kind: string } }; error?: { data: { reason: string } } },
  };
}

describe('the demo’s routes', () => {
  it('signs the visitor in as the seller whose page they open, with all of their accounts', async () => {
    const cookie = await signInAs('/sellers/two-accounts');
    const second = await createLoginLink(cookie, { accountId: 'acct_1OpenExpressDemo07' });
    expect(second).toMatchObject({ status: 200, body: { result: { data: { kind: 'express_dashboard' } } } });
    // Another seller's account is refused, whatever the browser asks for.
    const foreign = await createLoginLink(cookie, { accountId: 'acct_1OpenExpressDemo01' });
    expect(foreign).toMatchObject({ status: 403, body: { error: { data: { reason: 'ACCOUNT_NOT_OWNED' } } } });
  });

  it('signs the visitor out on the signed-out seller’s page', async () => {
    const page = await fetch(`${demo.url}/sellers/signed-out`);
    expect(page.status).toBe(200);
    expect(page.headers.get('set-cookie')).toMatch(new RegExp(`^${SESSION_COOKIE}=; Max-Age=0;`));
  });

  it('refuses the rate-limited seller’s next link request, and only theirs', async () => {
    const limited = await createLoginLink(await signInAs('/sellers/rate-limited'));
    expect(limited).toMatchObject({ status: 429, body: { error: { data: { reason: 'RATE_LIMITED' } } } });
    const other = await createLoginLink(await signInAs('/sellers/express'));
    expect(other.status).toBe(200);
  });

  it('answers HEAD like GET without a body, and refuses other methods on a page', async () => {
    const head = await fetch(`${demo.url}/sellers/express`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('set-cookie')).toMatch(new RegExp(`^${SESSION_COOKIE}=ey`));
    expect(await head.text()).toBe('');
    const post = await fetch(`${demo.url}/sellers/express`, { method: 'POST' });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD');
  });

  it.each(['/sellers/nobody', '/sellers/', '/sellers', '/index'])('answers %s with 404, never the page’s raw template', async (path) => {
    const answer = await fetch(`${demo.url}${path}`);
    expect(answer.status).toBe(404);
    expect(await answer.text()).not.toContain('<!--');
  });
});
