/** Flags every test browser starts with (no background networking on a closed network). */
export declare const CHROMIUM_ARGS: readonly string[];
/** The Chromium to drive: `CHROME_PATH` when set, else the first usual install path found. */
export declare function findChromium(env?: NodeJS.ProcessEnv): string | undefined;
/** Like `findChromium`, but throws an error that names `CHROME_PATH` when no browser is found. */
export declare function requireChromium(env?: NodeJS.ProcessEnv): string;
/** Launch options for Playwright's `chromium.launch()`. */
export declare function chromiumLaunchOptions(env?: NodeJS.ProcessEnv): {
  executablePath: string;
  args: string[];
};
/** The `test.browser` block of a Vitest config: headless Chromium through the given Playwright provider. */
export declare function chromiumBrowserTest<P>(
  provider: (options: { launchOptions: { executablePath: string; args: string[] } }) => P,
  env?: NodeJS.ProcessEnv,
): { enabled: true; headless: true; provider: P; instances: [{ browser: 'chromium' }] };
