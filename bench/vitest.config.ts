import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

/**
 * The harness's own tests, the `bench` project of the root vitest.config.ts (run by `npm test`);
 * alone: `npx vitest run --project bench`.
 */
export default defineConfig({
  resolve: {
    // As in the root config: one copy of graphql (the CommonJS one Node and Apollo load), since the
    // budget test runs the real gateway in-process.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    name: 'bench',
    root: import.meta.dirname,
    include: ['test/**/*.test.ts'],
    testTimeout: 20_000,
    pool: 'forks',
  },
});
