import { spawn } from 'node:child_process';
import type { Readable } from 'node:stream';

/** How the matrix starts a service and learns its port. */
export interface ServiceCommand {
  bin: string;
  args: string[];
  cwd: string;
  env: Record<string, string>;
  /**
   * Where the port shows: a pattern of the service's own output (group 1 is the port), or workerd's
   * control descriptor (fd 3), which reports each socket's port as JSON.
   */
  ready: RegExp | 'control-fd';
}

export interface RunningService {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** Everything it printed so far, stdout and stderr interleaved. */
  output(): string;
  /** SIGTERM, then SIGKILL if it has not exited within 10 s. Safe to call twice. */
  stop(): Promise<void>;
}

const START_TIMEOUT_MS = 90_000; // a cold start of workerd or Deno on a loaded 2-core machine

/** The variables a runtime needs to run at all; the service's own come on top. No colours in the output. */
function baseEnv(): Record<string, string> {
  const env: Record<string, string> = { NO_COLOR: '1' };
  for (const name of ['PATH', 'HOME', 'TMPDIR'] as const) {
    const value = process.env[name];
    if (value !== undefined) env[name] = value;
  }
  return env;
}

/** Starts a service and resolves once it listens; rejects with what it printed if it exits or stalls first. */
export function startService(command: ServiceCommand): Promise<RunningService> {
  const controlFd = command.ready === 'control-fd';
  const child = spawn(command.bin, command.args, {
    cwd: command.cwd,
    env: { ...baseEnv(), ...command.env },
    stdio: ['ignore', 'pipe', 'pipe', controlFd ? 'pipe' : 'ignore'],
  });
  // Both are pipes (stdio above); typed nullable because stdio could have been anything.
  const printed = [child.stdout, child.stderr].filter((stream) => stream !== null);
  let output = '';
  for (const stream of printed) stream.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('close', () => resolve()));

  async function stop(): Promise<void> {
    if (child.exitCode !== null || child.signalCode !== null) return exited;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  }

  return new Promise<RunningService>((resolve, reject) => {
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      outcome();
    };
    const fail = (why: string) =>
      settle(() => void stop().then(() => reject(new Error(`${command.bin} ${command.args.join(' ')} ${why}. It printed:\n${output}`))));
    const timer = setTimeout(() => fail(`did not listen within ${START_TIMEOUT_MS / 1000} s`), START_TIMEOUT_MS);
    child.once('error', (error) => fail(`could not start (${error.message})`));
    child.once('exit', (code, signal) => fail(`exited (${signal ?? `code ${code}`}) before it listened`));

    const control = controlFd ? (child.stdio[3] as Readable) : undefined;
    let seen = '';
    for (const stream of control ? [control] : printed) {
      stream.on('data', (chunk: Buffer) => {
        seen += chunk.toString();
        const port = control ? controlPort(seen) : Number((command.ready as RegExp).exec(seen)?.[1]);
        if (port) settle(() => resolve({ origin: `http://127.0.0.1:${port}`, output: () => output, stop }));
      });
    }
  });
}

/** The port in workerd's control messages: `{"event":"listen","socket":"http","port":1234}`. */
function controlPort(messages: string): number | undefined {
  for (const line of messages.split('\n')) {
    if (!line.trim()) continue;
    try {
      const message = JSON.parse(line) as { event?: string; port?: number };
      if (message.event === 'listen' && typeof message.port === 'number') return message.port;
    } catch {
      // an incomplete line: wait for the rest
    }
  }
  return undefined;
}
