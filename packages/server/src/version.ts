// Written from package.json by scripts/version-files.mjs (npm run version-packages): do not edit.
export const VERSION = '0.1.0';
