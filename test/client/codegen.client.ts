/**
 * The codegen config a frontend uses to type its operations against the gateway, as
 * docs/client-typing.md shows it (that page contains this file from `import` on, and a test checks
 * that it does):
 * graphql-codegen's client preset, reading the schema from a running gateway and the app's
 * `.graphql` documents. `codegen.test.ts` generates the example operations with its output config
 * and type-checks code that uses them.
 */
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  // A running gateway (introspection is on outside production), or a path to schema.graphql.
  schema: 'http://localhost:4000/graphql',
  documents: ['src/**/*.graphql'],
  generates: {
    './src/gql/': {
      preset: 'client',
      config: {
        // DateTime arrives as an RFC 3339 string; JSON is whatever Bird sent.
        scalars: { DateTime: 'string', JSON: 'unknown', ID: 'string' },
        // String unions instead of TypeScript enums: plain values, nothing emitted at run time.
        enumsAsTypes: true,
        useTypeImports: true,
      },
    },
  },
};

export default config;
