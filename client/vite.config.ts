/**
 * Builds the explorer into client/dist, which the API server serves at `/`. In `vite dev` the
 * GraphQL endpoint is proxied to the API so the client always talks to its own origin.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { compression, defineAlgorithm } from 'vite-plugin-compression2';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: '/',
  // .gz and .br beside each text file, which the server sends to clients that accept them (sirv).
  plugins: [
    compression({
      include: /\.(html|js|css|svg|json)$/,
      algorithms: [defineAlgorithm('gzip', { level: 9 }), defineAlgorithm('brotliCompress')],
    }),
  ],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Cytoscape alone is ~400 kB minified; the default 500 kB warning would fire on every build.
    chunkSizeWarningLimit: 1200,
    sourcemap: false,
  },
  // The layout worker (src/app/layout-worker.ts) is an ES module like the page.
  worker: { format: 'es' },
  server: {
    port: 5173,
    proxy: { '/graphql': 'http://localhost:4000' },
  },
});
