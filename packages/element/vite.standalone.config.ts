import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The standalone build: one self-contained, fully minified ES module (Lit and the tRPC client
// inside) that a page without a bundler loads with a single <script type="module">.
export default defineConfig({
  publicDir: false,
  // Minifiers leave template literals alone: this minifies the HTML and CSS inside html`` and css``.
  plugins: [minifyHTML({ include: ['src/**/*.ts'], failOnError: true })],
  // Translations load by URL from the `locales/` folder beside the module (tsc's dist/locales),
  // instead of one chunk per locale named inside it.
  resolve: {
    alias: [
      {
        find: /^\.\/load-translation\.js$/,
        replacement: fileURLToPath(new URL('src/load-translation.standalone.ts', import.meta.url)),
      },
    ],
  },
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
      output: {
        minify: true,
        // One notice for everything inside instead of the libraries' scattered build comments.
        comments: false,
        postBanner:
          '/*! @open-express-dashboard/element (MIT) standalone build. Includes Lit (BSD-3-Clause, Google LLC) and @trpc/client, @trpc/server (MIT, tRPC contributors). */',
      },
      // @trpc/client's package.json lacks `"sideEffects": false`, so its index would drag in every
      // link (WebSocket, batching, subscriptions). Its modules only declare things; say so.
      treeshake: { moduleSideEffects: (id) => !/[\\/]node_modules[\\/]@trpc[\\/]client[\\/]/.test(id) },
    },
  },
});
