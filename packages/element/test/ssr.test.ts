import { describe, expect, it } from 'vitest';
import { renderOnServer } from './server-render.js';

// Server-side rendering (Lit SSR, as in Astro, Eleventy, Next.js with @lit-labs/nextjs): the built
// package renders to declarative shadow DOM on Node, so the button is in the first paint. The
// hydration test in Chromium renders through the same function.
const renderToString = (markup: string) => renderOnServer(undefined, markup);

describe('the element rendered on the server', () => {
  it('renders its shadow root as declarative shadow DOM, focus delegated, with a real button', async () => {
    const out = await renderToString('<open-express-dashboard variant="neutral">Payouts</open-express-dashboard>');
    expect(out).toMatch(
      /<open-express-dashboard [^>]*variant="neutral"[^>]*><template shadowroot="open" shadowrootmode="open" shadowrootdelegatesfocus>/,
    );
    expect(out).toMatch(/<button\s+part="button"\s+type="button"[^>]*aria-busy="false"/);
    expect(out).toContain('<slot>');
    expect(out).toMatch(/<\/template>Payouts<\/open-express-dashboard>/);
    // The live regions exist from the first paint, so later announcements are heard.
    expect(out).toMatch(/<p part="error" id="error" class="error" role="alert">/);
  });

  it('renders the new-tab hint and text overrides from attributes', async () => {
    const out = await renderToString(
      '<open-express-dashboard target="_blank" new-tab-label="(nouvel onglet)" disabled></open-express-dashboard>',
    );
    expect(out).toContain('(nouvel onglet)');
    expect(out).toMatch(/<button[^>]*\sdisabled[\s>]/);
  });
});
