import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isBatchQuery, parseRequestTarget } from './target.js';

describe('parseRequestTarget', () => {
  it('splits origin-form targets as sent, without the fragment Node lets through', () => {
    expect(parseRequestTarget('/trpc/expressDashboard.createLoginLink')).toEqual({
      path: '/trpc/expressDashboard.createLoginLink',
      query: '',
    });
    expect(parseRequestTarget('/a/b?c=1&d')).toEqual({ path: '/a/b', query: 'c=1&d' });
    expect(parseRequestTarget('/a?batch=1#x')).toEqual({ path: '/a', query: 'batch=1' });
    expect(parseRequestTarget('/a#b?c')).toEqual({ path: '/a', query: '' });
    expect(parseRequestTarget('/%zz/%')).toEqual({ path: '/%zz/%', query: '' });
  });

  it('reads absolute-form targets', () => {
    expect(parseRequestTarget('http://x/trpc/a?b=1')).toEqual({ path: '/trpc/a', query: 'b=1' });
    expect(parseRequestTarget('HTTPS://x:8443')).toEqual({ path: '/', query: '' });
  });

  it('is undefined for what names no path of ours: *, unparsable URLs, credentials, another host', () => {
    for (const target of [
      undefined,
      '',
      '*',
      'x',
      'example.com:443',
      'http://[/',
      'http://x:99999/',
      'mailto:a@b',
      'https://user:pass@h/trpc/a',
      'https://h:1batch=1a@=',
      '//',
      '///',
      '//x:99999/',
      '//a@b/',
      "/\\*[@'~",
      '/\\x',
    ]) {
      expect(parseRequestTarget(target), String(target)).toBeUndefined();
    }
  });

  it('never throws, and what it returns is a path tRPC reads the same way', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (tail) => {
        for (const target of [`/${tail}`, `http://h/${tail}`, tail]) {
          const parsed = parseRequestTarget(target);
          if (!parsed) continue;
          expect(parsed.path.startsWith('/')).toBe(true);
          // tRPC's Node adapters build `new URL(req.url, base)` and then a Request from it: neither may throw.
          expect(() => new Request(new URL(target, 'http://localhost'))).not.toThrow();
        }
      }),
      { numRuns: 2_000, seed: 20261202 },
    );
  });
});

describe('isBatchQuery', () => {
  it('reads batch=1 as tRPC does (URLSearchParams, first value)', () => {
    for (const query of ['batch=1', '%62atch=1', 'batch=1&batch=0', 'x=2&batch=1']) expect(isBatchQuery(query), query).toBe(true);
    for (const query of ['', 'batch=0', 'batch=true', 'BATCH=1', 'batch=0&batch=1', 'batch'])
      expect(isBatchQuery(query), query).toBe(false);
  });
});
