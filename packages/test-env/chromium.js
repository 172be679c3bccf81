// Plain JavaScript on purpose: `npm test` runs check.js before anything is built.
import { accessSync, constants } from 'node:fs';

const DEFAULT_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/**
 * Flags every test browser starts with. Without the networking ones Chromium keeps dialling
 * Google services, which a closed network refuses many times a second.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** @param {string} path */
function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The Chromium to drive: `CHROME_PATH` when set, else the first usual install path found. */
export function findChromium(env = process.env) {
  if (env.CHROME_PATH) return isExecutable(env.CHROME_PATH) ? env.CHROME_PATH : undefined;
  return DEFAULT_PATHS.find(isExecutable);
}

/** Like {@link findChromium}, but throws an error that says how to fix a missing browser. */
export function requireChromium(env = process.env) {
  const found = findChromium(env);
  if (found) return found;
  const where = env.CHROME_PATH ? `CHROME_PATH=${env.CHROME_PATH} is not an executable file` : `none of ${DEFAULT_PATHS.join(', ')} exists`;
  throw new Error(
    `The browser tests need Chromium, but ${where}. ` +
      'Install it (Debian/Ubuntu: `apt-get install -y chromium`) or set CHROME_PATH to a Chrome or Chromium executable.',
  );
}

/** Launch options for Playwright's `chromium.launch()`. */
export function chromiumLaunchOptions(env = process.env) {
  return { executablePath: requireChromium(env), args: CHROMIUM_ARGS };
}

/**
 * The `test.browser` block of a Vitest config: headless Chromium through the given Playwright
 * provider (pass `playwright` from `@vitest/browser-playwright`; taken as an argument so this
 * package needs no Vitest of its own).
 * @template P
 * @param {(options: { launchOptions: { executablePath: string; args: string[] } }) => P} provider
 */
export function chromiumBrowserTest(provider, env = process.env) {
  return {
    enabled: true,
    headless: true,
    provider: provider({ launchOptions: chromiumLaunchOptions(env) }),
    instances: [{ browser: 'chromium' }],
  };
}
