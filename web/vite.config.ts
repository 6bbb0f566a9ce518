// The web pages: Preact + GOV.UK Frontend (an accessibility-first design system), built into
// web/dist and served by `ruqsat serve` (src/server/web-pages.ts). `npm run web:dev` runs Vite's
// dev server with the API proxied to a running `npm start`.
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';

export default defineConfig(({ command }) => ({
  root: import.meta.dirname,
  // Preact's devtools hook only in the dev server: a build (also the tests', where NODE_ENV is
  // "test") ships none, and its transform's missing source map no longer warns.
  plugins: [preact({ devToolsEnabled: command === 'serve' })],
  css: {
    preprocessorOptions: { scss: { loadPaths: [`${import.meta.dirname}/../node_modules`], quietDeps: true } },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    reportCompressedSize: true,
    // The build prints no warning that is not about the pages: Rolldown's "plugins took long"
    // report (Sass on two shared cores) is off.
    rolldownOptions: { checks: { bundlerTimings: false } },
  },
  server: {
    proxy: Object.fromEntries(
      ['/api', '/p/', '/simulator', '/healthz'].map((p) => [p, 'http://127.0.0.1:3000']),
    ),
  },
}));
