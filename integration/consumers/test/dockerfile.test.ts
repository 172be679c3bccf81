import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../matrix/dockerfile.js';

// The matrix runs the service's Dockerfile without Docker: what it cannot run as Docker would, it
// must refuse rather than skip.
describe('parseDockerfile', () => {
  it('reads the service’s Dockerfile', () => {
    const file = parseDockerfile(readFileSync(new URL('../../../apps/server/Dockerfile', import.meta.url), 'utf8'));
    expect(file).toMatchObject({
      from: expect.stringMatching(/^node:\d+-/) as unknown,
      user: 'node',
      expose: [8080],
      cmd: ['./node_modules/.bin/open-express-dashboard-service'],
      healthcheck: ['node', '-e', expect.stringContaining('/healthz')],
    });
    expect(file.steps).toEqual([
      { kind: 'arg', name: 'VERSION', value: 'latest' },
      { kind: 'env', values: { NODE_ENV: 'production' } },
      { kind: 'workdir', path: '/app' },
      { kind: 'run', command: 'npm install --no-audit --no-fund "@open-express-dashboard/service@${VERSION}"' },
      { kind: 'env', values: { HOST: '0.0.0.0', PORT: '8080' } },
    ]);
  });

  it('joins continued lines and reads quoted ENV values', () => {
    const file = parseDockerfile('FROM node:24\nENV A="one two" \\\n  B=3\nRUN echo a \\\n  && echo b\nCMD ["node", "x.js"]\n');
    expect(file.steps).toEqual([
      { kind: 'env', values: { A: 'one two', B: '3' } },
      { kind: 'run', command: 'echo a    && echo b' },
    ]);
  });

  it.each([
    ['an instruction it does not run', 'FROM node:24\nCOPY . .\nCMD ["node"]', /unsupported Dockerfile instruction: COPY/],
    ['CMD in shell form', 'FROM node:24\nCMD node x.js', /CMD must use the exec form/],
    [
      'HEALTHCHECK in shell form',
      'FROM node:24\nHEALTHCHECK CMD curl -f http://x/\nCMD ["node"]',
      /HEALTHCHECK CMD must use the exec form/,
    ],
    ['RUN with a mount other than a cache', 'FROM node:24\nRUN --mount=type=secret,id=npmrc npm ci\nCMD ["node"]', /only the shell form/],
    ['the legacy ENV form', 'FROM node:24\nENV A one\nCMD ["node"]', /ENV must be KEY=value pairs/],
    ['no CMD', 'FROM node:24\nRUN true', /needs FROM and CMD/],
  ])('refuses %s', (_, source, error) => {
    expect(() => parseDockerfile(source)).toThrow(error);
  });
});
