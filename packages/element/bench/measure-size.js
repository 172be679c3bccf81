// Measures the standalone module and, in the same run and with the same build settings,
// baselines of what it is made of. Used by bench/size.js (prints the figures) and by
// test/size.test.ts (fails npm test when the module outgrows its budget).
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * Baselines: the smallest useful Lit element, the tRPC client call alone, and both together, each
 * with the parts of Lit and of the tRPC client the element uses (the untyped client, `httpLink`).
 */
const BASELINES = {
  lit: `
    import { LitElement, html, css } from 'lit';
    class MinimalButton extends LitElement {
      static styles = css\`button { color: red }\`;
      static properties = { label: {} };
      render() { return html\`<button @click=\${() => this.dispatchEvent(new Event('go'))}>\${this.label}</button>\`; }
    }
    customElements.define('minimal-button', MinimalButton);`,
  trpc: `
    import { createTRPCUntypedClient, httpLink } from '@trpc/client';
    export const call = (url) => createTRPCUntypedClient({ links: [httpLink({ url })] }).mutation('expressDashboard.createLoginLink');`,
  floor: `
    import { LitElement, html } from 'lit';
    import { createTRPCUntypedClient, httpLink } from '@trpc/client';
    class MinimalButton extends LitElement {
      render() { return html\`<button @click=\${() => createTRPCUntypedClient({ links: [httpLink({ url: '/trpc' })] }).mutation('a.b')}>Go</button>\`; }
    }
    customElements.define('minimal-button', MinimalButton);`,
};

export const NAMES = {
  lit: 'Lit only (a minimal element)',
  trpc: 'tRPC client only (untyped client + httpLink)',
  floor: 'Lit + tRPC client (the floor)',
  standalone: '<open-express-dashboard> standalone',
};

/** @param {string} source */
function virtualEntry(source) {
  return {
    name: 'virtual-entry',
    enforce: 'pre',
    // Library mode hands the entry over as a path under the root.
    resolveId: (/** @type {string} */ id) => (id.endsWith('virtual:entry') ? '\0virtual:entry' : undefined),
    load: (/** @type {string} */ id) => (id === '\0virtual:entry' ? source : undefined),
  };
}

/**
 * Builds with the standalone build's own settings (minifiers, targets), plus `extra`; returns the entry chunk.
 * @param {{ plugins?: import('vite').PluginOption[], build?: import('vite').BuildOptions }} extra
 * @returns {Promise<import('vite').Rolldown.OutputChunk>}
 */
async function bundle(extra) {
  const result = await build({
    root,
    configFile: fileURLToPath(new URL('../vite.standalone.config.ts', import.meta.url)),
    logLevel: 'silent',
    ...extra,
    build: { write: false, sourcemap: false, ...extra.build },
  });
  const outputs = /** @type {import('vite').Rolldown.RolldownOutput[]} */ (Array.isArray(result) ? result : [result]).flatMap(
    (output) => output.output,
  );
  const entry = outputs.find((item) => item.type === 'chunk' && item.isEntry);
  if (entry?.type !== 'chunk') throw new Error('the build made no entry chunk');
  return entry;
}

/** @param {string} code */
export function measure(code) {
  const bytes = Buffer.from(code);
  return { min: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, brotli: brotliCompressSync(bytes).length };
}

/** @typedef {{ min: number, gzip: number, brotli: number }} Size */

/**
 * Sizes in bytes (minified, gzip level 9, brotli) of each baseline and of the standalone module.
 * @returns {Promise<Record<keyof typeof NAMES, Size>>}
 */
export async function measureSizes() {
  /** @param {string} source */
  const baseline = async (source) =>
    measure((await bundle({ plugins: [virtualEntry(source)], build: { lib: { entry: 'virtual:entry' } } })).code);
  return {
    lit: await baseline(BASELINES.lit),
    trpc: await baseline(BASELINES.trpc),
    floor: await baseline(BASELINES.floor),
    standalone: measure((await bundle({})).code),
  };
}

/**
 * The standalone module as `npm run build` makes it, and its source map (for bench/size-by-source.js).
 * @returns {Promise<{ code: string, map: import('vite').Rolldown.SourceMap }>}
 */
export async function standaloneWithSourceMap() {
  const { code, map } = await bundle({ build: { sourcemap: 'hidden' } });
  if (!map) throw new Error('the build made no source map');
  return { code, map };
}
