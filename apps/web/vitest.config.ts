import { defineConfig } from 'vitest/config';

/** Component tests (`src/**\/*.test.tsx`), run with `npm run test:web`. Jest never sees them. */
const root = new URL('.', import.meta.url).pathname;

export default defineConfig({
  root,
  cacheDir: '../../node_modules/.vite/web-test',
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    restoreMocks: true,
  },
});
