import '@open-express-dashboard/element/define';

/** The platform's seller hub: a greeting and the button to the seller's Express Dashboard. */
export function mountSellerHub(root: HTMLElement, { sellerName }: { sellerName: string }): void {
  const heading = document.createElement('h1');
  heading.textContent = `Welcome back, ${sellerName}`;
  const button = document.createElement('open-express-dashboard');
  button.textContent = 'View payouts on Stripe';
  root.replaceChildren(heading, button);
}
