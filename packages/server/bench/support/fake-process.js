// The Stripe fake (packages/testing) in a process of its own: the common upstream of every
// contender, so its work never shares an event loop with the one being measured.
import { startStripeFake } from '@open-express-dashboard/testing/stripe-fake';
import { ACCOUNT } from './fixtures.js';

const fake = await startStripeFake({ accounts: [{ id: ACCOUNT, state: 'express' }] });
let served = 0;
// The fake records every request; a load test sends hundreds of thousands.
function forget() {
  served += fake.requests.length;
  fake.reset();
}
setInterval(forget, 1000).unref();

process.on('message', (message) => {
  if (message === 'served') {
    forget();
    process.send({ served, rss: process.memoryUsage().rss });
  }
});
process.on('disconnect', () => void fake.close().then(() => process.exit(0)));
process.send({ ready: true, url: fake.url, secretKey: fake.secretKey });
