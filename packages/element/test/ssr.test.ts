import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { describe, expect, it } from 'vitest';
import '@open-express-dashboard/element/define';

// Server-side rendering (Lit SSR, as in Astro, Eleventy, Next.js with @lit-labs/nextjs): the built
// package renders to declarative shadow DOM on Node, so the button is in the first paint.
async function renderToString(template: ReturnType<typeof html>): Promise<string> {
  return collectResult(render(template));
}

describe('the element rendered on the server', () => {
  it('renders its shadow root as declarative shadow DOM, focus delegated, with a real button', async () => {
    const out = await renderToString(html`<open-express-dashboard variant="neutral">Payouts</open-express-dashboard>`);
    expect(out).toMatch(/<open-express-dashboard [^>]*variant="neutral"[^>]*><template shadowroot="open" shadowrootmode="open" shadowrootdelegatesfocus>/);
    expect(out).toMatch(/<button\s+part="button"\s+type="button"[^>]*aria-busy="false"/);
    expect(out).toContain('<slot>');
    expect(out).toMatch(/<\/template>Payouts<\/open-express-dashboard>/);
    // The live regions exist from the first paint, so later announcements are heard.
    expect(out).toMatch(/<p part="error" id="error" class="error" role="alert">/);
  });

  it('renders the new-tab hint and text overrides from attributes', async () => {
    const out = await renderToString(
      html`<open-express-dashboard target="_blank" new-tab-label="(nouvel onglet)" disabled></open-express-dashboard>`,
    );
    expect(out).toContain('(nouvel onglet)');
    expect(out).toMatch(/<button[^>]*\sdisabled[\s>]/);
  });
});
