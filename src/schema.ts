/**
 * The executable schema: schema.graphql (read once at start-up) with the resolvers.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';
import { tolerateUnknownEnumValues } from './resolvers/enums.js';
import { resolvers } from './resolvers/index.js';

/** Path of the SDL file at the project root (works from `src/` and from `dist/src/`). */
export function schemaPath(): string {
  const here = fileURLToPath(new URL('.', import.meta.url));
  const fromDist = here.includes('/dist/') ? '../../' : '../';
  return fileURLToPath(new URL(`${fromDist}schema.graphql`, import.meta.url));
}

/** Builds the executable schema. */
export function buildSchema(): GraphQLSchema {
  const typeDefs = readFileSync(schemaPath(), 'utf8');
  return tolerateUnknownEnumValues(makeExecutableSchema({ typeDefs, resolvers }));
}
