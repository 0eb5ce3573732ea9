import { defineConfig } from 'vite';

/**
 * The phone web app and the organizer/judge console. Built into apps/web/dist, which the API
 * serves on its own port. No React plugin: Vite 8 transforms TSX with Oxc (automatic runtime).
 */
const root = new URL('.', import.meta.url).pathname;

/** The Node process running Vite (this file is type-checked with the web app's DOM types). */
const nodeEnv = (globalThis as unknown as { process: { env: Record<string, string | undefined> } })
  .process.env;

export default defineConfig(({ command }) => {
  // A build is a production build even when NODE_ENV says otherwise (jest sets "test"): Vite
  // would otherwise pick React's development build and JSX debug info (a third larger).
  if (command === 'build') nodeEnv.NODE_ENV = 'production';
  return {
    root,
    base: '/',
    // Keep Vite's cache with the repository's node_modules, not a second one under apps/web.
    cacheDir: '../../node_modules/.vite/web',
    oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
    build: {
      outDir: 'dist',
      emptyOutDir: true,
      target: 'es2020',
      sourcemap: false,
      // Hashed file names under /assets/ are served with a one-year immutable cache.
      assetsDir: 'assets',
      reportCompressedSize: true,
      chunkSizeWarningLimit: 400,
    },
    server: {
      // `npm run start:dev` on :3000, `vite apps/web` on :5173 with the API proxied.
      proxy: {
        '/api': 'http://localhost:3000',
        '/socket.io': { target: 'http://localhost:3000', ws: true },
      },
    },
  };
});
