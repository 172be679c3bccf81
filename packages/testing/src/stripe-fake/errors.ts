/** Stripe's error body: `{ error: { type, code?, message, param?, doc_url? } }` (see the OpenAPI `error` schema). */
export interface StripeErrorBody {
  error: {
    type: 'api_error' | 'invalid_request_error' | 'idempotency_error';
    code?: string;
    message: string;
    param?: string;
    doc_url?: string;
  };
}

export interface StripeErrorResponse {
  status: number;
  body: StripeErrorBody;
  headers?: Record<string, string>;
}

function invalidRequest(status: number, message: string, extra: { code?: string; param?: string } = {}): StripeErrorResponse {
  const docUrl = extra.code ? `https://stripe.com/docs/error-codes/${extra.code.replaceAll('_', '-')}` : undefined;
  return {
    status,
    body: { error: { type: 'invalid_request_error', message, ...extra, ...(docUrl ? { doc_url: docUrl } : {}) } },
  };
}

/** How Stripe shows a key in its messages: prefix and last four characters, the rest starred. */
export function redactKey(key: string): string {
  const prefix = /^(sk|rk|pk)_(test|live)_/.exec(key)?.[0] ?? '';
  return `${prefix}${'*'.repeat(Math.max(0, key.length - prefix.length - 4))}${key.slice(-4)}`;
}

export const stripeErrors = {
  missingKey: () =>
    invalidRequest(
      401,
      "You did not provide an API key. You need to provide your API key in the Authorization header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY'). See https://stripe.com/docs/api#authentication for details, or we can help at https://support.stripe.com/.",
    ),
  invalidKey: (key: string) => invalidRequest(401, `Invalid API Key provided: ${redactKey(key)}`),
  publishableKey: () =>
    invalidRequest(
      401,
      'This API call cannot be made with a publishable API key. Please use a secret API key. You can find a list of your API keys at https://dashboard.stripe.com/account/apikeys.',
    ),
  invalidApiVersion: (version: string) => invalidRequest(400, `Invalid Stripe API version: ${version}`, { code: 'api_version_invalid' }),
  unsupportedContentType: (contentType: string) =>
    invalidRequest(
      400,
      `Invalid request: unsupported Content-Type ${contentType}. If error persists and you need assistance, please contact support@stripe.com.`,
    ),
  unknownParameter: (param: string) => invalidRequest(400, `Received unknown parameter: ${param}`, { code: 'parameter_unknown', param }),
  missingParameter: (param: string) => invalidRequest(400, `Missing required param: ${param}.`, { code: 'parameter_missing', param }),
  invalidParameter: (param: string, message: string) => invalidRequest(400, message, { code: 'parameter_invalid_string', param }),
  accountInvalid: (key: string, account: string) =>
    invalidRequest(
      403,
      `The provided key '${redactKey(key)}' does not have access to account '${account}' (or that account does not exist). Application access may have been revoked.`,
      { code: 'account_invalid' },
    ),
  notExpressDashboard: (account: string) =>
    invalidRequest(400, `Cannot create a login link for the account ${account}, which does not have access to the Express Dashboard.`),
  onboardingIncomplete: () => invalidRequest(400, 'Cannot create a login link for an account that has not completed onboarding.'),
  idempotencyMismatch: (key: string): StripeErrorResponse => ({
    status: 400,
    body: {
      error: {
        type: 'idempotency_error',
        message: `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${key}' if you meant to execute a different request.`,
      },
    },
  }),
  notFound: (method: string, path: string) =>
    invalidRequest(
      404,
      `Unrecognized request URL (${method}: ${path}). Please see https://stripe.com/docs or we can help at https://support.stripe.com/.`,
    ),
  rateLimited: (retryAfterSeconds: number): StripeErrorResponse => ({
    ...invalidRequest(429, 'Request rate limit exceeded. Learn more about rate limits here https://stripe.com/docs/rate-limits.', {
      code: 'rate_limit',
    }),
    headers: { 'retry-after': String(retryAfterSeconds) },
  }),
  apiError: (status: number): StripeErrorResponse => ({
    status,
    body: {
      error: {
        type: 'api_error',
        message: 'An unknown error occurred. If this problem persists, please contact support at https://support.stripe.com/.',
      },
    },
  }),
};
