import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Scenario, ScenarioSeller } from './scenarios.js';

/** Markup built by {@link html}: inserted as it is, where every other value is escaped. */
class Markup {
  constructor(readonly text: string) {}
}

type Value = string | Markup | readonly Markup[];

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

function textOf(value: Value): string {
  if (typeof value === 'string') return escapeHtml(value);
  if (value instanceof Markup) return value.text;
  return value.map((part) => part.text).join('');
}

/** A template tag that escapes every value except markup it built itself. */
function html(strings: TemplateStringsArray, ...values: Value[]): Markup {
  return new Markup(values.reduce<string>((out, value, index) => out + textOf(value) + (strings[index + 1] ?? ''), strings[0] ?? ''));
}

/** Where the switcher signs the visitor in as a scenario's seller. */
export function scenarioPath(scenario: Scenario): string {
  return `/sellers/${scenario.id}`;
}

function switcher(scenarios: readonly Scenario[], current: Scenario): Markup {
  const items = scenarios.map(
    (scenario) =>
      html`<li>
        <a href="${scenarioPath(scenario)}" aria-current="${scenario === current ? 'page' : 'false'}">
          <span class="state">${scenario.title}</span> <span class="outcome">${scenario.outcome}</span></a
        >
      </li>`,
  );
  return html`<ul>
    ${items}
  </ul>`;
}

function signedIn(seller: ScenarioSeller | null): Markup {
  return seller ? html`Signed in as <strong data-testid="seller-name">${seller.name}</strong>` : html`Not signed in`;
}

function accountsSection(seller: ScenarioSeller | null): Markup {
  if (!seller) {
    return html`<p>You are signed out. The button is still on the page, as on a page left open after a session ended.</p>
      <open-express-dashboard>Open Express Dashboard</open-express-dashboard>`;
  }
  const [only, ...others] = seller.accounts;
  if (only && others.length === 0) {
    return html`<p>
        Your payouts, balance and tax forms live in your Stripe Express Dashboard (account
        <code data-testid="seller-account">${only.id}</code>).
      </p>
      <open-express-dashboard>Open Express Dashboard</open-express-dashboard>`;
  }
  // Several accounts: one button each, naming its account (the server checks it is the seller's own).
  const rows = seller.accounts.map((account) => {
    const name = account.label ?? account.id;
    return html`<li>
      <span>${name} <code data-testid="seller-account">${account.id}</code></span>
      <open-express-dashboard account-id="${account.id}" variant="neutral">Open ${name} dashboard</open-express-dashboard>
    </li>`;
  });
  return html`<p>You have ${String(seller.accounts.length)} connected Stripe accounts. Open the dashboard of either.</p>
    <ul class="accounts">
      ${rows}
    </ul>`;
}

function sellerCard(seller: ScenarioSeller | null): Markup {
  return html`<section class="card" aria-labelledby="payouts-heading">
    <h2 id="payouts-heading">Payouts and balance</h2>
    ${accountsSection(seller)}
  </section>`;
}

/** The template's placeholders, each replaced by the page's markup for a scenario. */
const PLACEHOLDERS = ['<!--who-->', '<!--switcher-->', '<!--seller-->', '<!--stripe-label-->'] as const;
type Placeholder = (typeof PLACEHOLDERS)[number];

/** Reads the page Vite built (`dist/public/index.html`), with a clear error when it is not built. */
export async function readHubTemplate(publicDir: string): Promise<string> {
  const template = await readFile(join(publicDir, 'index.html'), 'utf8').catch(() => {
    throw new Error(`The demo page is not built: ${publicDir}/index.html is missing. Run \`npm run build\` first.`);
  });
  const missing = PLACEHOLDERS.filter((placeholder) => !template.includes(placeholder));
  if (missing.length > 0) throw new Error(`The demo page ${publicDir}/index.html lacks ${missing.join(', ')}. Run \`npm run build\`.`);
  return template;
}

/**
 * The seller hub as each scenario's seller sees it: the switcher (their entry marked current),
 * who is signed in, and their button(s). Rendered once, as the pages never change.
 */
export function renderHubPages(template: string, scenarios: readonly Scenario[], stripeLabel: string): Map<Scenario, string> {
  return new Map(
    scenarios.map((scenario) => {
      const parts: Record<Placeholder, Markup> = {
        '<!--who-->': signedIn(scenario.seller),
        '<!--switcher-->': switcher(scenarios, scenario),
        '<!--seller-->': sellerCard(scenario.seller),
        '<!--stripe-label-->': html`${stripeLabel}`,
      };
      // A function replacer, so that `$` in the text is not read as a replacement pattern.
      const page = PLACEHOLDERS.reduce((text, placeholder) => text.replace(placeholder, () => parts[placeholder].text), template);
      return [scenario, page];
    }),
  );
}
