/**
 * The `JSON` scalar (graphql-scalars' JSONResolver) with a depth limit on inputs, checked while
 * variables and literals are coerced, so before anything is sent. Without it a value nested
 * 10,000 deep reached the send path, overflowed `JSON.stringify` there and was reported as
 * UPSTREAM_OUTCOME_UNKNOWN although nothing had been sent.
 */
import { GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { JSONResolver } from 'graphql-scalars';
import { badUserInput } from '../graphql/errors.js';

/** Deepest nesting of objects and arrays a JSON input may have. Bird's own objects use a few. */
export const MAX_JSON_DEPTH = 32;

function tooDeep(): Error {
  return badUserInput(`JSON inputs may nest objects and arrays at most ${MAX_JSON_DEPTH} deep.`);
}

/** Depth of a parsed value, counted only up to one past the limit (no deep recursion). */
function exceeds(value: unknown, depth: number): boolean {
  if (typeof value !== 'object' || value === null) return false;
  if (depth >= MAX_JSON_DEPTH) return true;
  const children: unknown[] = Array.isArray(value) ? value : Object.values(value);
  return children.some((child) => exceeds(child, depth + 1));
}

function literalExceeds(node: ValueNode, depth: number): boolean {
  if (node.kind !== Kind.OBJECT && node.kind !== Kind.LIST) return false;
  if (depth >= MAX_JSON_DEPTH) return true;
  return node.kind === Kind.OBJECT
    ? node.fields.some((field) => literalExceeds(field.value, depth + 1))
    : node.values.some((value) => literalExceeds(value, depth + 1));
}

const base = JSONResolver.toConfig();

/** `JSON`: any JSON value out; in, any JSON value nested at most MAX_JSON_DEPTH deep. */
export const JSONScalar = new GraphQLScalarType({
  ...base,
  parseValue(value): unknown {
    if (exceeds(value, 0)) throw tooDeep();
    return base.parseValue(value);
  },
  parseLiteral(node, variables): unknown {
    if (literalExceeds(node, 0)) throw tooDeep();
    return base.parseLiteral(node, variables);
  },
});
