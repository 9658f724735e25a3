import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // graphql ships an ES-module build ("module") and a CommonJS one ("main"). Node loads the
    // CommonJS one for everybody; Vite would hand our sources the ES one while Apollo and
    // @graphql-tools load the CommonJS one — two copies, and `instanceof` checks across them fail.
    // Tests must see what production sees.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 20_000,
    pool: 'forks',
  },
});
