import { defineConfig } from 'vite';

// The standalone build: one self-contained, fully minified ES module (Lit and the tRPC client
// inside) that a page without a bundler loads with a single <script type="module">.
export default defineConfig({
  publicDir: false,
  build: {
    outDir: 'dist',
    emptyOutDir: false, // tsc's output lives there too
    target: 'es2022',
    minify: true,
    sourcemap: true,
    lib: {
      entry: 'src/open-express-dashboard.ts',
      formats: ['es'],
      fileName: () => 'open-express-dashboard.standalone.js',
    },
    // `build.minify` leaves whitespace in ES library output; this strips it.
    rolldownOptions: {
      output: { minify: true },
      // @trpc/client's package.json lacks `"sideEffects": false`, so its index would drag in every
      // link (WebSocket, batching, subscriptions). Its modules only declare things; say so.
      treeshake: { moduleSideEffects: (id) => !/[\\/]node_modules[\\/]@trpc[\\/]client[\\/]/.test(id) },
    },
  },
});
