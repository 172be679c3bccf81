import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readCommandLine, type CommandLine } from '../src/cli.js';
import { ENV_VARIABLES } from '../src/config.js';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };

/** The text of a command line that prints or refuses; fails on one that runs the service. */
function textOf(line: CommandLine, run: 'print' | 'refuse'): string {
  if (line.run !== run) throw new Error(`expected ${run}, got ${line.run}`);
  return line.text;
}

describe('readCommandLine', () => {
  it('runs the service without arguments', () => {
    expect(readCommandLine([])).toEqual({ run: 'service' });
  });

  it('prints the variables for --help or -h, the version for --version', () => {
    for (const flag of ['--help', '-h']) {
      const help = textOf(readCommandLine([flag]), 'print');
      for (const name of ENV_VARIABLES) expect(help).toContain(`  ${name}\n`);
    }
    expect(readCommandLine(['--version'])).toEqual({ run: 'print', text: version });
  });

  it('refuses anything else, pointing at the environment, without repeating what was typed', () => {
    for (const args of [['--port', '3000'], ['--port=3000'], ['sk_live_TYPED_BY_MISTAKE'], ['--help', 'extra'], ['-v']]) {
      const refused = textOf(readCommandLine(args), 'refuse');
      expect(refused).toContain('takes no arguments: it is configured by environment variables');
      expect(refused).toContain('--help');
      for (const typed of ['--port', 'TYPED_BY_MISTAKE', 'extra', '-v ']) expect(refused).not.toContain(typed);
    }
  });
});
