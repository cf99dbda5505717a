import { defineConfig } from 'vitest/config';

// Two suites: the API and unit tests on Node against PGlite, and (added in tests/workerd)
// the Worker inside workerd against a real PostgreSQL reached through the Neon driver.
export default defineConfig({
  esbuild: { jsx: 'automatic', jsxImportSource: 'hono/jsx' },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
          exclude: ['tests/workerd/**', 'tests/browser/**', 'node_modules/**'],
          environment: 'node',
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
