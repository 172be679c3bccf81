// `node apps/server` lands here (package.json "main"): run the built service, or say how to build it.
const entry = new URL('./dist/main.js', import.meta.url);
try {
  await import(entry.href);
} catch (error) {
  const notBuilt =
    error instanceof Error && 'code' in error && error.code === 'ERR_MODULE_NOT_FOUND' && error.message.includes(entry.pathname);
  if (!notBuilt) throw error;
  console.error('apps/server is not built yet: run `npm run serve` (builds, then starts) or `npm run build` first.');
  process.exit(1);
}
