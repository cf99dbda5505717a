import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Until the root config has a `browser` project: npx vitest run --config tests/browser/vitest.config.mts
// The suite drives Debian's chromium against the real app on @hono/node-server over PGlite.
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    name: 'browser',
    include: ['tests/browser/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
