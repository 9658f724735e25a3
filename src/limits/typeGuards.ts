/**
 * Schema-type checks that do not depend on which copy of graphql-js built the schema.
 *
 * graphql 16 ships CommonJS and ES module builds without an `exports` map: Node loads the
 * CommonJS one for Apollo Server and @graphql-tools, while a bundler or Vitest may give this
 * module the ES one. graphql-js's own `isObjectType` & co. use `instanceof` and then fail (or,
 * with NODE_ENV=production, silently answer false) for a schema built by the other copy. Every
 * graphql-js type names its class in `Symbol.toStringTag`, which both copies agree on.
 */
import type {
  GraphQLCompositeType,
  GraphQLInterfaceType,
  GraphQLNamedType,
  GraphQLObjectType,
  GraphQLOutputType,
  GraphQLUnionType,
} from 'graphql';

type Tagged = { readonly [Symbol.toStringTag]: string };

const tag = (type: Tagged): string => type[Symbol.toStringTag];

export function isObject(type: GraphQLNamedType): type is GraphQLObjectType {
  return tag(type) === 'GraphQLObjectType';
}

export function isAbstract(
  type: GraphQLNamedType,
): type is GraphQLInterfaceType | GraphQLUnionType {
  const name = tag(type);
  return name === 'GraphQLInterfaceType' || name === 'GraphQLUnionType';
}

export function isComposite(type: GraphQLNamedType): type is GraphQLCompositeType {
  return isObject(type) || isAbstract(type);
}

/** The named type below list and non-null wrappers. */
export function namedType(type: GraphQLOutputType): GraphQLNamedType {
  let current: GraphQLOutputType = type;
  while ('ofType' in current) current = current.ofType;
  return current;
}

/** True when the type is a list (nullable or not). */
export function isList(type: GraphQLOutputType): boolean {
  const nullable = tag(type) === 'GraphQLNonNull' && 'ofType' in type ? type.ofType : type;
  return tag(nullable) === 'GraphQLList';
}
