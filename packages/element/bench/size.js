/* eslint-disable no-console -- a benchmark prints its figures */
// Size benchmark: builds the standalone module and, in the same run and with the same settings,
// baselines of what it is made of, then prints minified, gzip and brotli sizes.
//   npm run bench:size -w @open-express-dashboard/element
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Baselines: the smallest useful Lit element, the tRPC client call alone, and both together. */
const BASELINES = {
  'Lit only (a minimal element)': `
    import { LitElement, html, css } from 'lit';
    class MinimalButton extends LitElement {
      static styles = css\`button { color: red }\`;
      static properties = { label: {} };
      render() { return html\`<button @click=\${() => this.dispatchEvent(new Event('go'))}>\${this.label}</button>\`; }
    }
    customElements.define('minimal-button', MinimalButton);`,
  'tRPC client only (createTRPCClient + httpLink)': `
    import { createTRPCClient, httpLink } from '@trpc/client';
    export const call = (url) => createTRPCClient({ links: [httpLink({ url })] }).expressDashboard.createLoginLink.mutate();`,
  'Lit + tRPC client (the floor)': `
    import { LitElement, html } from 'lit';
    import { createTRPCClient, httpLink } from '@trpc/client';
    class MinimalButton extends LitElement {
      render() { return html\`<button @click=\${() => createTRPCClient({ links: [httpLink({ url: '/trpc' })] }).a.b.mutate()}>Go</button>\`; }
    }
    customElements.define('minimal-button', MinimalButton);`,
};

function virtualEntry(source) {
  return {
    name: 'virtual-entry',
    enforce: 'pre',
    // Library mode hands the entry over as a path under the root.
    resolveId: (id) => (id.endsWith('virtual:entry') ? '\0virtual:entry' : undefined),
    load: (id) => (id === '\0virtual:entry' ? source : undefined),
  };
}

/** Builds with the standalone build's own settings (minifiers, targets), plus `extra`. */
async function bundle(extra) {
  const result = await build({
    root,
    configFile: fileURLToPath(new URL('../vite.standalone.config.ts', import.meta.url)),
    logLevel: 'silent',
    ...extra,
    build: { write: false, sourcemap: false, ...extra.build },
  });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((output) => output.output);
  return outputs
    .filter((item) => item.type === 'chunk')
    .map((chunk) => chunk.code)
    .join('\n');
}

function measure(code) {
  const bytes = Buffer.from(code);
  return { min: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, brotli: brotliCompressSync(bytes).length };
}

const kb = (n) => `${(n / 1000).toFixed(1)} kB`;
const rows = [];
for (const [name, source] of Object.entries(BASELINES)) {
  rows.push([name, measure(await bundle({ plugins: [virtualEntry(source)], build: { lib: { entry: 'virtual:entry' } } }))]);
}
rows.push(['<open-express-dashboard> standalone', measure(await bundle({}))]);

const floor = rows[2][1];
console.log(`${'bundle'.padEnd(48)} ${'min'.padStart(9)} ${'gzip'.padStart(9)} ${'brotli'.padStart(9)}  gzip vs floor`);
for (const [name, size] of rows) {
  const delta = size.gzip - floor.gzip;
  console.log(
    `${name.padEnd(48)} ${kb(size.min).padStart(9)} ${kb(size.gzip).padStart(9)} ${kb(size.brotli).padStart(9)}  ${delta === 0 ? '' : `${delta > 0 ? '+' : ''}${kb(delta)}`}`,
  );
}
