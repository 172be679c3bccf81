// Load from autocannon, checked: a run with any failed answer is an error, not a figure.
import autocannon from 'autocannon';

/**
 * Sends `request` to `origin` over `connections` keep-alive connections, for `duration` seconds or
 * `amount` requests. Returns requests, req/s and latency percentiles (ms).
 */
export async function hit(origin, request, { connections = 50, duration, amount }) {
  const result = await autocannon({
    url: origin + request.path,
    method: request.method,
    headers: request.headers,
    body: request.body,
    connections,
    ...(amount === undefined ? { duration } : { amount }),
  });
  const failed = result.non2xx + result.errors + result.timeouts;
  if (failed > 0) {
    throw new Error(
      `${origin}: ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts in ${result.requests.total}`,
    );
  }
  return {
    requests: result.requests.total,
    rps: result.requests.total / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
  };
}

/** One request, checked like a client would: 200 and a login link from the fake. */
export async function checkAnswer(origin, request, fakeUrl) {
  const response = await fetch(origin + request.path, { method: request.method, headers: request.headers, body: request.body });
  const body = await response.json();
  const url = body?.result?.data?.url;
  if (response.status !== 200 || typeof url !== 'string' || !url.startsWith(fakeUrl)) {
    throw new Error(`${origin} answered ${response.status} without a login link from the fake`);
  }
}
