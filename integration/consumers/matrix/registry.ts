import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { basename } from 'node:path';
import { integrityOf, tarballManifest } from '../harness/consumers.mjs';

// Our packages are not on the registry yet: this serves their packed tarballs as npm's registry
// serves packages (a packument per name, the tarballs), so an `npm install <name>@<version>` runs
// unchanged. npm asks it for our scope only (`@open-express-dashboard:registry`); everything else
// comes from the registry npm is configured with.

export interface PackageRegistry {
  url: string;
  /** The packages npm asked about, by name (the tarballs may come from npm's cache, by integrity). */
  asked: string[];
  /** The .npmrc line that sends our scope here. */
  npmrc: string;
  close(): Promise<void>;
}

/** Serves `tarballs` (package name → packed tarball) on loopback. */
export async function startPackageRegistry(tarballs: Record<string, string>): Promise<PackageRegistry> {
  const asked: string[] = [];
  const packages = new Map(Object.entries(tarballs));
  const files = new Map([...packages.values()].map((file) => [basename(file), file]));
  let url = '';
  const packument = (name: string, file: string) => {
    const manifest = tarballManifest(file);
    const version = String(manifest.version);
    const dist = {
      tarball: `${url}/-/${basename(file)}`,
      integrity: integrityOf(file),
      shasum: createHash('sha1').update(readFileSync(file)).digest('hex'),
    };
    return { name, 'dist-tags': { latest: version }, versions: { [version]: { ...manifest, _id: `${name}@${version}`, dist } } };
  };
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://registry').pathname);
    const file = path.startsWith('/-/') ? files.get(path.slice(3)) : undefined;
    const packed = packages.get(path.slice(1));
    if (file) {
      res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(readFileSync(file));
    } else if (packed) {
      asked.push(path.slice(1));
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(packument(path.slice(1), packed)));
    } else {
      res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"not found"}');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    asked,
    npmrc: `@open-express-dashboard:registry=${url}/\n`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
