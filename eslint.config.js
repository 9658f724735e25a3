// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'dist-bench/',
      'coverage/',
      'node_modules/',
      'src/generated/',
      'test/gql/',
      'bench/.tmp/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // Layers point one way: the upstream layer (Bird client, transport, resilience) knows nothing
    // of GraphQL. Failures leave it as UpstreamFailure; src/graphql/upstreamErrors.ts maps them.
    files: ['src/upstream/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['graphql', 'graphql/*', '@apollo/*', 'graphql-*', '@graphql-tools/*'],
              message: 'src/upstream/ imports nothing from GraphQL.',
            },
            {
              group: ['**/generated/**', '**/resolvers/**', '**/graphql/**', '**/pagination/**'],
              message: 'src/upstream/ imports nothing from the layers above it.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
  },
);
