/**
 * The codegen config a frontend uses to type its operations against the gateway, as the README
 * shows it: graphql-codegen's client preset, reading the schema from a running gateway (or from
 * this repository's schema.graphql) and the app's `.graphql` documents. The client test generates
 * the example operations with exactly this output config and type-checks code that uses them.
 */
import type { CodegenConfig } from '@graphql-codegen/cli';

/** The client preset's output settings: how the gateway's scalars look in a frontend. */
export const clientPresetOutput = {
  preset: 'client',
  config: {
    // DateTime arrives as an RFC 3339 string; JSON is whatever Bird sent.
    scalars: { DateTime: 'string', JSON: 'unknown', ID: 'string' },
    // String unions instead of TypeScript enums: plain values, nothing emitted at run time.
    enumsAsTypes: true,
    useTypeImports: true,
  },
} satisfies CodegenConfig['generates'][string];

const config: CodegenConfig = {
  // A running gateway (introspection is on outside production), or a path to schema.graphql.
  schema: 'http://localhost:4000/graphql',
  documents: ['src/**/*.graphql'],
  generates: { './src/gql/': clientPresetOutput },
};

export default config;
