// A Vitest browser command (runs in Node): renders markup with Lit SSR in its own Node process,
// as a framework's server would, so a browser test can hydrate real server output.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const packageDir = fileURLToPath(new URL('..', import.meta.url));

// The markup becomes the template's only string, so SSR renders the elements in it.
const RENDER = `
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import '@open-express-dashboard/element/define';
const markup = process.argv[1];
process.stdout.write(await collectResult(render(html(Object.assign([markup], { raw: [markup] })))));
`;

export async function renderOnServer(_context: unknown, markup: string): Promise<string> {
  const run = promisify(execFile);
  const { stdout } = await run(process.execPath, ['--input-type=module', '-e', RENDER, markup], { cwd: packageDir });
  return stdout;
}
