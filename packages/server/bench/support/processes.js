// Starts the bench's processes: the Stripe fake and the contenders, each with its own event loop.
import { fork } from 'node:child_process';

/** A forked process that announces `{ ready: true, … }` once listening, and answers numbered IPC questions. */
async function forkReady(script, args, options) {
  const child = fork(new URL(script, import.meta.url), args, options);
  const ready = await new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`${script} ${args.join(' ')} exited with ${code} before it was ready`)));
    child.on('message', (message) => message.ready && resolve(message));
  });
  child.removeAllListeners('exit');
  return { child, ready };
}

/** The Stripe fake in its own process. */
export async function startFakeProcess() {
  const { child, ready } = await forkReady('./fake-process.js', [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  return {
    url: ready.url,
    secretKey: ready.secretKey,
    /** Requests it answered so far, and its memory. */
    served: () =>
      new Promise((resolve) => {
        child.once('message', resolve);
        child.send('served');
      }),
    close: () => new Promise((resolve) => (child.once('exit', resolve), child.disconnect())),
  };
}

/**
 * A contender in its own process, talking to `fake`. Its stdout (where the service logs) is a pipe
 * this process drains and counts, as a log collector would.
 */
export async function startContender(name, fake, { execArgv = [] } = {}) {
  const { child, ready } = await forkReady('./contender-process.js', [name], {
    env: { ...process.env, BENCH_STRIPE_URL: fake.url, BENCH_STRIPE_KEY: fake.secretKey },
    execArgv,
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
  });
  let logLines = 0;
  child.stdout.on('data', (chunk) => {
    for (const byte of chunk) if (byte === 10) logLines += 1;
  });
  const pending = new Map();
  let asked = 0;
  child.on('message', (message) => {
    pending.get(message.id)?.(message);
    pending.delete(message.id);
  });
  const ask = (type) =>
    new Promise((resolve) => {
      asked += 1;
      pending.set(asked, resolve);
      child.send({ id: asked, type });
    });
  return {
    name,
    url: `http://127.0.0.1:${ready.port}`,
    /** `{ cpu, memory, hrtime, handled, running }` now. */
    stats: () => ask('stats'),
    /** Its stats once no request is running any more (at most `timeoutMs` later). */
    settled: async (timeoutMs = 30_000) => {
      const until = Date.now() + timeoutMs;
      for (;;) {
        const stats = await ask('stats');
        if (stats.running === 0 || Date.now() > until) return stats;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    /** The same, after a full garbage collection (needs `--expose-gc`). */
    statsAfterGc: () => ask('gc'),
    logLines: () => logLines,
    /** Exits cleanly (a `--cpu-prof` profile is written then). */
    close: () =>
      new Promise((resolve) => {
        child.once('exit', resolve);
        child.send({ id: 0, type: 'exit' });
      }),
  };
}
