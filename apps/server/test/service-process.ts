import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { StripeFake } from '@open-express-dashboard/testing/stripe-fake';
import { SignJWT } from 'jose';

// The service as it is deployed: the package's bin (built), a real process, configured by
// environment variables, talking to the Stripe fake through the real SDK. Shared by the process tests.
export const APP_DIR = fileURLToPath(new URL('..', import.meta.url));
const { bin } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { bin: Record<string, string> };
/** The file `npx @open-express-dashboard/service` runs. */
export const BIN = fileURLToPath(new URL(`../${bin['open-express-dashboard-service']}`, import.meta.url));
export const JWT_SECRET = 'process-test-secret-of-32-bytes-or-more';
export const ACCOUNT = 'acct_1ServiceSeller001';

export interface SpawnedService {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<number | null>;
}

export interface ServiceProcess extends SpawnedService {
  url: string;
}

const running: ChildProcess[] = [];

/** Kills every process the tests started and left running (for `afterAll`). */
export function killServices(): void {
  for (const child of running) if (child.exitCode === null) child.kill('SIGKILL');
}

export function spawnService(env: Record<string, string>, nodeArgs: string[] = [], args: string[] = []): SpawnedService {
  const child = spawn(process.execPath, [...nodeArgs, BIN, ...args], {
    // Only what the test sets: nothing leaks in from the environment running the tests.
    env: { PATH: process.env['PATH'] ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.push(child);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('close', (code) => resolve(code)));
  return { child, stdout: () => stdout, stderr: () => stderr, exited };
}

/** The environment of a service that talks to `fake` and verifies tokens signed with {@link JWT_SECRET}. */
export function serviceEnv(fake: StripeFake, extra: Record<string, string> = {}): Record<string, string> {
  return {
    STRIPE_SECRET_KEY: fake.secretKey,
    STRIPE_API_URL: fake.url,
    AUTH_JWT_SECRET: JWT_SECRET,
    HOST: '127.0.0.1',
    PORT: '0',
    ...extra,
  };
}

/** Starts the service and waits for its "listening" log line, which says where. */
export async function startService(fake: StripeFake, extra: Record<string, string> = {}, nodeArgs: string[] = []): Promise<ServiceProcess> {
  const started = spawnService(serviceEnv(fake, extra), nodeArgs);
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the service did not start:\n${started.stdout()}\n${started.stderr()}`)), 60_000);
    const check = () => {
      for (const line of started.stdout().split('\n')) {
        if (!line.startsWith('{')) continue;
        const entry = JSON.parse(line) as { msg?: string; address?: string };
        if (entry.msg === 'listening' && entry.address) {
          clearTimeout(timer);
          resolve(entry.address);
        }
      }
    };
    started.child.stdout?.on('data', check);
    void started.exited.then((code) => reject(new Error(`the service exited with ${code}:\n${started.stdout()}\n${started.stderr()}`)));
  });
  return { ...started, url };
}

/** A session token for `sub`, owning {@link ACCOUNT}. */
export async function token(sub = 'seller_1'): Promise<string> {
  return new SignJWT({ stripe_account: ACCOUNT })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(sub)
    .setExpirationTime('5m')
    .sign(new TextEncoder().encode(JWT_SECRET));
}

export async function createLink(url: string, jwt: string): Promise<Response> {
  return fetch(`${url}/trpc/expressDashboard.createLoginLink`, {
    method: 'POST',
    headers: { authorization: `Bearer ${jwt}`, 'content-type': 'application/json' },
    body: '{}',
  });
}
