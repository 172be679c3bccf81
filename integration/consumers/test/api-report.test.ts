import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { apiReport, reportChanges, undocumented } from '../../../scripts/api-report.mjs';

let root: string | undefined;
afterEach(() => root && rmSync(root, { recursive: true, force: true }));

/** A built package in a scratch folder: a root entry and a typings entry that augments a global map. */
function builtPackage(rootDeclarations: string): string {
  root = mkdtempSync(join(tmpdir(), 'api-report-'));
  mkdirSync(join(root, 'dist'));
  writeFileSync(
    join(root, 'package.json'),
    JSON.stringify({
      name: 'pkg',
      type: 'module',
      exports: {
        '.': { types: './dist/index.d.ts', default: './dist/index.js' },
        './typings': { types: './dist/typings.d.ts', default: './dist/typings.js' },
        './data.json': './dist/data.json',
      },
    }),
  );
  writeFileSync(join(root, 'dist/index.d.ts'), rootDeclarations);
  writeFileSync(
    join(root, 'dist/typings.d.ts'),
    'export type Props = { a: string };\ndeclare global {\n  interface HTMLElementTagNameMap {\n    "my-tag": HTMLElement;\n  }\n}\n',
  );
  return root;
}

const DECLARATIONS = `export declare function create(): void;
export declare class Thing {}
export declare const LIMIT = 5;
export interface Options { a?: string }
declare function internal(): void;
export type { internal as Internal };
`;

describe('the API report', () => {
  it('lists each entry’s exports with their kind, the globals an entry augments, and file entries', () => {
    const report = apiReport(builtPackage(DECLARATIONS));
    expect(report).toContain('| `create` | function |');
    expect(report).toContain('| `Thing` | class |');
    expect(report).toContain('| `LIMIT` | const |');
    expect(report).toContain('| `Options` | interface |');
    expect(report).toContain('| `Internal` | function (type only) |');
    expect(report).toContain("- `global HTMLElementTagNameMap['my-tag']`");
    expect(report).toContain('A file, no types: `./dist/data.json`.');
  });

  it('names what appeared and disappeared between the committed report and the built package', () => {
    const before = apiReport(builtPackage(DECLARATIONS));
    const after = apiReport(builtPackage(DECLARATIONS.replace('export declare const LIMIT = 5;', 'export declare const MAX = 5;')));
    expect(reportChanges(before, after)).toEqual(['+ .: MAX (const)', '- .: LIMIT (const)']);
    expect(reportChanges(before, before)).toEqual([]);
  });

  it('finds exports the README never writes as code', () => {
    const report = apiReport(builtPackage(DECLARATIONS));
    const readme =
      '`create()` makes a `Thing` (at most `LIMIT`), see `Options`.\n\n```ts\nimport type { Internal } from "pkg";\n```\n\nProps are typed.';
    expect(undocumented(report, readme)).toEqual(['Props']);
  });
});
