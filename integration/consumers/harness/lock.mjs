// @ts-check
// Writes each consumer app's package-lock.json: `npm run lock -w @open-express-dashboard/consumers`
// after a change to an app's dependencies or to a published package's. Packs first.
import { copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pack } from '../../pack.mjs';
import { APPS_DIR, appNames, copyApp, parseJson, placeTarballs, run, scratchRoot } from './consumers.mjs';

pack();
const root = scratchRoot();
try {
  for (const name of appNames()) {
    const dir = copyApp(name, root);
    rmSync(join(dir, 'package-lock.json'), { force: true });
    placeTarballs(dir);
    const locked = await run('npm', ['install', '--package-lock-only', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts'], {
      cwd: dir,
    });
    if (locked.code !== 0) throw new Error(`npm install --package-lock-only failed for ${name}:\n${locked.stderr}`);
    // Our tarballs change with every build: their integrity is filled in at install (placeTarballs).
    /** @type {{ packages: Record<string, { resolved?: string, integrity?: string }> }} */
    const lock = parseJson(readFileSync(join(dir, 'package-lock.json'), 'utf8'));
    for (const entry of Object.values(lock.packages)) if (String(entry.resolved).startsWith('file:')) delete entry.integrity;
    writeFileSync(join(dir, 'package-lock.json'), `${JSON.stringify(lock, null, 2)}\n`);
    copyFileSync(join(dir, 'package-lock.json'), join(APPS_DIR, name, 'package-lock.json'));
    console.error(`locked ${name}`);
  }
} finally {
  rmSync(root, { recursive: true, force: true });
}
