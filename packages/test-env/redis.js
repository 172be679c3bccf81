import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';

const DEFAULT_PATHS = ['/usr/bin/redis-server', '/usr/local/bin/redis-server', '/opt/homebrew/bin/redis-server'];

/** Where redis-server is: `REDIS_SERVER_PATH`, else the usual places. Missing is an error, never a skip. */
export function requireRedisServer(env = process.env) {
  const configured = env.REDIS_SERVER_PATH;
  if (configured) {
    if (!existsSync(configured)) throw new Error(`REDIS_SERVER_PATH is set to ${configured}, which does not exist.`);
    return configured;
  }
  const found = DEFAULT_PATHS.find((path) => existsSync(path));
  if (!found) {
    throw new Error(
      'redis-server was not found. These tests need a real Redis: install it (Debian/Ubuntu: `apt-get install -y redis-server`, ' +
        'macOS: `brew install redis`) or set REDIS_SERVER_PATH to the redis-server binary.',
    );
  }
  return found;
}

async function freePort() {
  const probe = createServer();
  probe.listen(0, '127.0.0.1');
  await once(probe, 'listening');
  const address = probe.address();
  probe.close();
  await once(probe, 'close');
  if (address === null || typeof address === 'string') throw new Error('could not find a free port');
  return address.port;
}

/** Starts a throwaway redis-server on a free loopback port: no persistence, no config file. */
export async function startRedisServer() {
  const binary = requireRedisServer();
  const port = await freePort();
  const child = spawn(
    binary,
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--protected-mode', 'yes'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  await new Promise((resolve, reject) => {
    // Generous: on a busy 2-core machine a process can take seconds to start.
    const timer = setTimeout(() => reject(new Error(`redis-server did not start within 30 s:\n${output}`)), 30_000);
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (/** @type {string} */ chunk) => {
      output += chunk;
      if (output.includes('Ready to accept connections')) {
        clearTimeout(timer);
        resolve(undefined);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`redis-server exited with ${code} before it was ready:\n${output}`));
    });
  });
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    async stop() {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      await once(child, 'exit');
    },
  };
}
