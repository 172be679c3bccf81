import { readFileSync } from 'node:fs';
import ts from 'typescript';
import { expect, it } from 'vitest';

// Next.js App Router pages are Server Components unless a module says otherwise: the wrapper needs
// `'use client'` as the first statement of the module it ships, or `next build` fails on its hooks.
it('ships a module whose first statement is the "use client" directive', () => {
  const source = readFileSync(new URL('../src/index.ts', import.meta.url), 'utf8');
  const config = ts.readConfigFile(new URL('../tsconfig.build.json', import.meta.url).pathname, (path) => ts.sys.readFile(path))
    .config as object;
  const { options } = ts.parseJsonConfigFileContent(config, ts.sys, new URL('..', import.meta.url).pathname);
  const emitted = ts.transpileModule(source, { compilerOptions: options }).outputText;
  expect(emitted.split('\n')[0]).toBe("'use client';");
});
