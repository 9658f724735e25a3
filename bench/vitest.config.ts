import { defineConfig } from 'vitest/config';

/**
 * The harness's own tests, the `bench` project of the root vitest.config.ts (run by `npm test`);
 * alone: `npx vitest run --project bench`.
 */
export default defineConfig({
  test: {
    name: 'bench',
    root: import.meta.dirname,
    include: ['test/**/*.test.ts'],
    testTimeout: 20_000,
  },
});
