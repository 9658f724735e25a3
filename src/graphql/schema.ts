/**
 * The executable schema: schema.graphql (read once at start-up) with the resolvers.
 */
import { readFileSync } from 'node:fs';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';
import { projectPath } from '../projectRoot.js';
import { tolerateUnknownEnumValues } from '../resolvers/enums.js';
import { resolvers } from '../resolvers/index.js';

/** Path of the SDL file at the project root. */
export function schemaPath(): string {
  return projectPath('schema.graphql');
}

/** Builds the executable schema. */
export function buildSchema(): GraphQLSchema {
  const typeDefs = readFileSync(schemaPath(), 'utf8');
  return tolerateUnknownEnumValues(makeExecutableSchema({ typeDefs, resolvers }));
}
