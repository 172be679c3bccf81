import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { OpenExpressDashboard } from '../src/index.js';

// Server-side rendering frameworks (Next.js, Remix) render the component in Node, without a DOM.
describe('<OpenExpressDashboard> on the server', () => {
  it('renders the custom element tag with its label and attributes', () => {
    const markup = renderToString(
      <OpenExpressDashboard endpoint="/api/trpc" aria-label="Open Express Dashboard of Acme Ltd" className="cta">
        Open Express Dashboard
      </OpenExpressDashboard>,
    );
    expect(markup).toMatch(/^<open-express-dashboard [^>]*>Open Express Dashboard<\/open-express-dashboard>$/);
    expect(markup).toContain('aria-label="Open Express Dashboard of Acme Ltd"');
    expect(markup).toContain('class="cta"');
  });
});
