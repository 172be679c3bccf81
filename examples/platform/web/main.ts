import { mountSellerHub } from './seller-hub.js';

// The page asks the platform's own tRPC app who is signed in, then shows the hub.
const response = await fetch('/trpc/me');
const body = (await response.json()) as { result?: { data: { name: string } } };
mountSellerHub(document.querySelector<HTMLElement>('#app')!, { sellerName: body.result?.data.name ?? 'seller' });
