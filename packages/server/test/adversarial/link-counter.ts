import { createServer, request, type Server } from 'node:http';
import { listen } from '@open-express-dashboard/test-env';

/**
 * A transparent loopback proxy in front of the Stripe fake that counts the login links the fake
 * actually issued (200 answers to `POST …/login_links`), whether or not anyone received them.
 * When the SDK gives up on a request (timeout), the proxy drops its upstream request too, as a
 * closed connection would reach Stripe.
 */
export interface LinkCounter {
  url: string;
  /** Login links issued so far. */
  readonly issued: number;
  close(): Promise<void>;
}

const LOGIN_LINKS = /^\/v1\/accounts\/[^/]+\/login_links$/;

export async function startLinkCounter(upstream: string): Promise<LinkCounter> {
  const target = new URL(upstream);
  let issued = 0;
  const server: Server = createServer((req, res) => {
    const forwarded = request(
      { host: target.hostname, port: target.port, method: req.method, path: req.url, headers: req.headers },
      (answer) => {
        if (req.method === 'POST' && LOGIN_LINKS.test(req.url ?? '') && answer.statusCode === 200) issued += 1;
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    // The fake cut the connection (a `reset` fault): cut the SDK's too.
    forwarded.on('error', () => res.destroy());
    res.on('close', () => forwarded.destroy());
    req.pipe(forwarded);
  });
  const { url, close } = await listen(server);
  return {
    url,
    get issued() {
      return issued;
    },
    close,
  };
}
