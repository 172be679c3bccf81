import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { once } from 'node:events';

export interface RedisServer {
  url: string;
  port: number;
  stop(): Promise<void>;
}

/** Where redis-server is: `REDIS_SERVER_PATH`, else the usual places. Missing is an error, never a skip. */
function redisServerPath(): string {
  const configured = process.env['REDIS_SERVER_PATH'];
  if (configured) {
    if (!existsSync(configured)) throw new Error(`REDIS_SERVER_PATH is set to ${configured}, which does not exist.`);
    return configured;
  }
  const found = ['/usr/bin/redis-server', '/usr/local/bin/redis-server', '/opt/homebrew/bin/redis-server'].find((path) =>
    existsSync(path),
  );
  if (!found) {
    throw new Error(
      'redis-server was not found. These tests need a real Redis: install it (Debian/Ubuntu: `apt-get install -y redis-server`, ' +
        'macOS: `brew install redis`) or set REDIS_SERVER_PATH to the redis-server binary.',
    );
  }
  return found;
}

async function freePort(): Promise<number> {
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
export async function startRedisServer(): Promise<RedisServer> {
  const binary = redisServerPath();
  const port = await freePort();
  const child: ChildProcess = spawn(
    binary,
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--protected-mode', 'yes'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`redis-server did not start within 10 s:\n${output}`)), 10_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Ready to accept connections')) {
        clearTimeout(timer);
        resolve();
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
