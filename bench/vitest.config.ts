import { defineConfig } from 'vitest/config';

/** The harness's own tests: `npx vitest run --config bench/vitest.config.ts`. */
export default defineConfig({
  test: {
    include: ['bench/test/**/*.test.ts'],
    testTimeout: 20_000,
  },
});
