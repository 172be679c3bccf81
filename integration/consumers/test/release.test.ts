import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishedPackages } from '../../pack.mjs';

// The release flow on a scratch copy of the repository's manifests: a changeset in, `changeset
// version` and scripts/version-files.mjs run (as `npm run version-packages` does), and out come
// the versions, the internal ranges, the CHANGELOGs and the version the server tells Stripe.
const REPO = new URL('../../../', import.meta.url).pathname;
const PUBLISHED = publishedPackages().map(({ dir }) => relative(REPO, dir));
let scratch: string;

interface Manifest {
  version: string;
  dependencies?: Record<string, string>;
}
const manifest = (path: string) => JSON.parse(readFileSync(join(scratch, path), 'utf8')) as Manifest;

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'oed-release-'));
  const files = execFileSync('git', ['ls-files', '*package.json', '.changeset', 'scripts', 'packages/server/src/version.ts'], {
    cwd: REPO,
    encoding: 'utf8',
  })
    .split('\n')
    .filter((file) => file && !file.startsWith('integration/consumers/apps/'));
  for (const file of files) {
    mkdirSync(dirname(join(scratch, file)), { recursive: true });
    cpSync(join(REPO, file), join(scratch, file));
  }
  symlinkSync(join(REPO, 'node_modules'), join(scratch, 'node_modules'));
  writeFileSync(
    join(scratch, '.changeset/typed-reasons.md'),
    '---\n"@open-express-dashboard/server": minor\n---\n\nTyped reasons for clients.\n',
  );
  const git = (...args: string[]) => execFileSync('git', args, { cwd: scratch, stdio: 'ignore' });
  git('init', '-q');
  git('add', '-A');
  git('-c', 'user.name=release-test', '-c', 'user.email=release@test.invalid', 'commit', '-qm', 'scratch');
  execFileSync('node', [join(REPO, 'node_modules/@changesets/cli/bin.js'), 'version'], { cwd: scratch, stdio: 'ignore' });
  execFileSync('node', ['scripts/version-files.mjs'], { cwd: scratch });
}, 60_000);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('npm run version-packages', () => {
  it('keeps every published package in the one fixed version group', () => {
    const config = JSON.parse(readFileSync(join(REPO, '.changeset/config.json'), 'utf8')) as { fixed: string[][] };
    expect(config.fixed.map((group) => [...group].sort())).toEqual([
      publishedPackages()
        .map(({ name }) => name)
        .sort(),
    ]);
    expect(PUBLISHED).toEqual([
      'packages/contract',
      'packages/element',
      'packages/react',
      'packages/server',
      'packages/testing',
      'apps/server',
    ]);
  });

  it('moves the six published packages to one new version', () => {
    const before = JSON.parse(readFileSync(join(REPO, 'packages/server/package.json'), 'utf8')) as { version: string };
    const [major = 0, minor = 0] = before.version.split('.').map(Number);
    const next = major === 0 ? `0.${minor + 1}.0` : `${major}.${minor + 1}.0`;
    expect(PUBLISHED.map((dir) => manifest(`${dir}/package.json`).version)).toEqual(PUBLISHED.map(() => next));
    expect(manifest('packages/element/package.json').dependencies?.['@open-express-dashboard/contract']).toBe(next);
    expect(manifest('apps/demo/package.json').dependencies?.['@open-express-dashboard/server']).toBe(next);
    expect(manifest('apps/server/package.json').dependencies?.['@open-express-dashboard/server']).toBe(next);
    expect(manifest('apps/demo/package.json').version).toBe('0.0.0');
  });

  it('writes the CHANGELOG and the version the server reports to Stripe', () => {
    const { version } = manifest('packages/server/package.json');
    expect(readFileSync(join(scratch, 'packages/server/CHANGELOG.md'), 'utf8')).toContain('Typed reasons for clients.');
    expect(readFileSync(join(scratch, 'packages/server/src/version.ts'), 'utf8')).toContain(`export const VERSION = '${version}';`);
  });
});
