import { createServer } from 'node:http';

/**
 * Serves `listener` (or an existing server) on a free loopback port, for a test: every test server
 * of the repository starts here, so none picks a fixed port or builds its URL by hand.
 * @param {import('node:http').RequestListener | import('node:http').Server} listener
 * @returns {Promise<import('./listen.d.ts').Listening>}
 */
export async function listen(listener) {
  const server = typeof listener === 'function' ? createServer(listener) : listener;
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(undefined));
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the server listens on a pipe, not a port');
  return {
    server,
    url: `http://127.0.0.1:${address.port}`,
    port: address.port,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(() => resolve(undefined)));
    },
  };
}
