import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { USAGE } from '../src/cli/args.js';
import * as msw from '../src/msw/index.js';
import * as stripeFake from '../src/stripe-fake/index.js';

// "Documented in the package README": every export (types too), account state, fault and CLI option.
const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

/** Every name an entry exports, types included, read from its export lists (`export { a, type B } from …`). */
function exportedNames(entry: string): string[] {
  const source = readFileSync(new URL(entry, import.meta.url), 'utf8');
  if (/^export (\*|(const|function|class|interface|type|let)\s+(?!\{))/m.test(source))
    throw new Error(`${entry}: export lists only, please`);
  return [...source.matchAll(/^export (?:type )?\{([^}]*)\}/gm)].flatMap(([, list = '']) =>
    list
      .split(',')
      .map((name) => name.replace(/^\s*type\s+/, '').trim())
      .filter(Boolean),
  );
}
const entries = { msw: exportedNames('../src/msw/index.ts'), stripeFake: exportedNames('../src/stripe-fake/index.ts') };

/** The first cell of each row (header and separator left out) of the table in the section under `heading`. */
function firstCells(heading: string): string[] {
  const section = readme.split(`\n${heading}\n`)[1]?.split('\n#')[0] ?? '';
  const rows = section.split('\n').filter((line) => line.startsWith('|'));
  return rows.slice(2).map((row) => row.split('|')[1]?.trim() ?? '');
}

describe('the README', () => {
  it('reads every runtime export from the entries’ export lists', () => {
    expect(entries.msw).toEqual(expect.arrayContaining(Object.keys(msw)));
    expect(entries.stripeFake).toEqual(expect.arrayContaining(Object.keys(stripeFake)));
  });

  it.each([...entries.msw, ...entries.stripeFake])('documents %s', (name) => {
    // The exact name, called or not: `LoginLinkMocks` is not documented by `LoginLinkMocksOptions`.
    expect(readme).toMatch(new RegExp(`\`${name}[\`(]`));
  });

  it('has a row for each account state, in order', () => {
    expect(firstCells('### Accounts')).toEqual(stripeFake.ACCOUNT_STATES.map((state) => `\`${state}\``));
  });

  it('has a row for each fault kind, in order', () => {
    const kinds = firstCells('### Faults').map((cell) => /^`\{ kind: '(\w+)'/.exec(cell)?.[1]);
    expect(kinds).toEqual(stripeFake.FAULT_KINDS);
  });

  it('documents every CLI option the command accepts', () => {
    const options = [...USAGE.matchAll(/^\s+(?:-h, )?(--[a-z-]+)/gm)].map(([, option]) => option);
    expect(options).toEqual(['--port', '--host', '--account', '--secret-key', '--login-link-ttl', '--help']);
    for (const option of options) expect(readme).toContain(`\`${option}`);
  });
});
