import { createRequire } from 'node:module';
import { configDefaults, defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

/**
 * Three projects: `gateway` (everything under test/ but the soak), `bench` (the benchmark harness's
 * own tests, bench/vitest.config.ts) and `soak` (minutes of load with faults, run by
 * `npm run test:soak`). `npm test` runs the first two.
 */
export default defineConfig({
  resolve: {
    // graphql ships an ES-module build ("module") and a CommonJS one ("main"). Node loads the
    // CommonJS one for everybody; Vite would hand our sources the ES one while Apollo and
    // @graphql-tools load the CommonJS one — two copies, and `instanceof` checks across them fail.
    // Tests must see what production sees.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    testTimeout: 20_000,
    hookTimeout: 20_000,
    pool: 'forks',
    projects: [
      {
        extends: true,
        test: {
          name: 'gateway',
          include: ['test/**/*.test.ts'],
          exclude: [...configDefaults.exclude, 'test/soak/**'],
        },
      },
      { extends: true, test: { name: 'soak', include: ['test/soak/**/*.test.ts'] } },
      'bench/vitest.config.ts',
    ],
  },
});
