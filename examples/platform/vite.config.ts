import { defineConfig } from 'vite';

// Builds the seller hub page into dist/public, which src/server.ts serves.
export default defineConfig({
  root: 'web',
  build: { outDir: '../dist/public', emptyOutDir: true, target: 'es2022' },
});
