// Runs the service in-process: the client's fetch goes straight into the Fetch adapter.
import { handler } from './app.js';
import { dashboardClient, loginLinkFor } from './client.js';

const inProcess: typeof fetch = (input, init) => handler(new Request(input, init));
const signedIn = dashboardClient('http://service.test/trpc', process.env.SMOKE_TOKEN, inProcess);
const anonymous = dashboardClient('http://service.test/trpc', undefined, inProcess);

const unknownPath = await handler(new Request('http://service.test/trpc/nothingHere'));
console.log(
  JSON.stringify({
    tenant: await signedIn.tenant.query(),
    link: await loginLinkFor(signedIn),
    anonymous: await loginLinkFor(anonymous),
    platformError: await unknownPath.json(),
  }),
);
