import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

// The demo as `npm start` runs it: the built entry point, in demo mode, on a free loopback port.
const MAIN = fileURLToPath(new URL('../dist/main.js', import.meta.url));

export interface DemoProcess {
  child: ChildProcess;
  url: string;
  /** stdout and stderr so far, interleaved. */
  output: () => string;
  exited: Promise<number | null>;
}

/** Starts the demo and waits for the line that says where it listens. */
export async function startDemoProcess(nodeArgs: string[] = []): Promise<DemoProcess> {
  const child = spawn(process.execPath, [...nodeArgs, MAIN], {
    env: { PATH: process.env['PATH'] ?? '', PORT: '0', HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.once('close', resolve));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const address = /demo: (http:\/\/127\.0\.0\.1:\d+)/.exec(output)?.[1];
      if (address) resolve(address);
    });
    void exited.then((code) => reject(new Error(`the demo exited with ${code}:\n${output}`)));
  });
  return { child, url, output: () => output, exited };
}
