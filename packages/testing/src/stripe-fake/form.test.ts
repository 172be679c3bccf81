import { describe, expect, it } from 'vitest';
import { FormParseError, parseStripeForm } from './form.js';

describe('parseStripeForm', () => {
  it('reads plain, list and nested parameters as Stripe encodes them', () => {
    const body = 'account=acct_1&expand[0]=a&expand[1]=b&tags[]=x&tags[]=y&metadata[order]=42&deep[a][b]=c';
    expect(parseStripeForm(body)).toEqual({
      account: 'acct_1',
      expand: ['a', 'b'],
      tags: ['x', 'y'],
      metadata: { order: '42' },
      deep: { a: { b: 'c' } },
    });
  });

  it('reads an empty body as no parameters', () => {
    expect(parseStripeForm('')).toEqual({});
  });

  it.each(['__proto__[polluted]=1', 'a[constructor]=1', '[x]=1', 'a]=1', 'a=1&a[b]=2'])(
    'refuses the malformed or dangerous key in %s',
    (body) => {
      expect(() => parseStripeForm(body)).toThrow(FormParseError);
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    },
  );

  it('names the error and the key it could not read', () => {
    expect(() => parseStripeForm('ok=1&a]=1')).toThrow(expect.objectContaining({ name: 'FormParseError', param: 'a]' }));
  });
});
