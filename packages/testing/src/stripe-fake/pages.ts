/** The pages the fake serves: stand-ins for Stripe's hosted Express Dashboard, onboarding and full Dashboard. */

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;color:#1a1f36}
small{color:#697386}</style></head>
<body>${body}<p><small>Served by the open-express-dashboard Stripe fake. Real Stripe would ask for an SMS code here.</small></p></body>
</html>`;
}

export function dashboardPage(account: string): string {
  return page(
    `Express Dashboard · ${account}`,
    `<h1>Express Dashboard</h1><p>Signed in to <strong data-account="${escapeHtml(account)}">${escapeHtml(account)}</strong>.</p>`,
  );
}

export function onboardingPage(account: string, returnUrl: string): string {
  return page(
    `Onboarding · ${account}`,
    `<h1>Finish setting up your account</h1><p>Onboarding for <strong data-account="${escapeHtml(account)}">${escapeHtml(account)}</strong>.</p>
<p><a href="${escapeHtml(returnUrl)}">Return to the platform</a></p>`,
  );
}

/** The full Stripe Dashboard's stand-in: sellers with it sign in to Stripe themselves, no login link involved. */
export function fullDashboardPage(): string {
  return page('Stripe Dashboard', '<h1>Stripe Dashboard</h1><p>Sign in with your Stripe account to see your payments and payouts.</p>');
}

export function expiredLinkPage(): string {
  return page('Link expired', '<h1>This link has expired</h1><p>Links are single-use. Go back and open the dashboard again.</p>');
}
