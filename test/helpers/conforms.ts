/**
 * Checks a GraphQL response against the operation that asked for it, so a typed test client can
 * narrow `JSON.parse`'s output to the document's result type without a cast: every selected field
 * is present (unless a directive or an unknown concrete type makes it optional), non-null fields are
 * not null, lists are arrays, and scalars and enums have the JSON type the schema promises.
 */
import { readFileSync } from 'node:fs';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import {
  buildSchema,
  isAbstractType,
  isCompositeType,
  isEnumType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLOutputType,
  type SelectionSetNode,
} from 'graphql';

const schema = buildSchema(readFileSync(new URL('../../schema.graphql', import.meta.url), 'utf8'));

const SCALARS: Readonly<Record<string, string>> = {
  Int: 'number',
  Float: 'number',
  String: 'string',
  ID: 'string',
  Boolean: 'boolean',
  DateTime: 'string',
};

interface Walk {
  readonly fragments: ReadonlyMap<string, FragmentDefinitionNode>;
  readonly problems: string[];
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function checkValue(
  walk: Walk,
  type: GraphQLOutputType,
  set: SelectionSetNode | undefined,
  value: unknown,
  path: string,
): void {
  if (isNonNullType(type)) {
    if (value === null || value === undefined) walk.problems.push(`${path} is null`);
    else checkValue(walk, type.ofType, set, value, path);
    return;
  }
  if (value === null) return;
  if (isListType(type)) {
    if (!Array.isArray(value)) walk.problems.push(`${path} is not a list`);
    else {
      value.forEach((item: unknown, i) => {
        checkValue(walk, type.ofType, set, item, `${path}.${i}`);
      });
    }
    return;
  }
  if (isCompositeType(type)) {
    if (set !== undefined) checkSelection(walk, type, set, value, path, false);
    return;
  }
  const expected = isEnumType(type) ? 'string' : SCALARS[type.name];
  if (expected !== undefined && typeof value !== expected) {
    walk.problems.push(`${path} is not a ${expected}`);
  }
}

function checkSelection(
  walk: Walk,
  parent: GraphQLCompositeType,
  set: SelectionSetNode,
  value: unknown,
  path: string,
  optional: boolean,
): void {
  if (!isRecord(value)) {
    walk.problems.push(`${path} is not an object`);
    return;
  }
  const typename = value.__typename;
  const concrete = isAbstractType(parent)
    ? typeof typename === 'string'
      ? schema.getType(typename)
      : undefined
    : parent;
  const applies = (condition: string | undefined): boolean | 'maybe' => {
    if (condition === undefined || condition === parent.name) return true;
    if (!isObjectType(concrete)) return 'maybe';
    const target = schema.getType(condition);
    if (target === concrete) return true;
    return isAbstractType(target) && schema.isSubType(target, concrete);
  };
  for (const node of set.selections) {
    const lenient = optional || (node.directives?.length ?? 0) > 0;
    if (node.kind === Kind.FIELD) {
      const key = node.alias?.value ?? node.name.value;
      if (!(key in value)) {
        if (!lenient) walk.problems.push(`${path}.${key} is missing`);
        continue;
      }
      if (node.name.value === '__typename') {
        if (typeof value[key] !== 'string') walk.problems.push(`${path}.${key} is not a string`);
        continue;
      }
      const field = 'getFields' in parent ? parent.getFields()[node.name.value] : undefined;
      if (field === undefined)
        walk.problems.push(`${path}.${key} is not a field of ${parent.name}`);
      else checkValue(walk, field.type, node.selectionSet, value[key], `${path}.${key}`);
      continue;
    }
    const fragment =
      node.kind === Kind.INLINE_FRAGMENT ? node : walk.fragments.get(node.name.value);
    if (fragment === undefined) continue;
    const condition = fragment.typeCondition?.name.value;
    const verdict = applies(condition);
    if (verdict === false) continue;
    const target = condition === undefined ? parent : schema.getType(condition);
    if (!isCompositeType(target)) continue;
    const inner = isAbstractType(target) && isObjectType(concrete) ? concrete : target;
    checkSelection(walk, inner, fragment.selectionSet, value, path, lenient || verdict === 'maybe');
  }
}

/** What is wrong with `data` as the result of `document`'s operation; empty when it conforms. */
export function shapeProblems(document: DocumentNode, data: unknown): string[] {
  const fragments = new Map<string, FragmentDefinitionNode>();
  let operation: (typeof document.definitions)[number] | undefined;
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) {
      fragments.set(definition.name.value, definition);
    } else if (definition.kind === Kind.OPERATION_DEFINITION) operation ??= definition;
  }
  const walk: Walk = { fragments, problems: [] };
  if (operation?.kind !== Kind.OPERATION_DEFINITION) return ['the document has no operation'];
  const root = schema.getRootType(operation.operation);
  if (root === undefined || root === null) return [`the schema has no ${operation.operation} type`];
  checkSelection(walk, root, operation.selectionSet, data, 'data', false);
  return walk.problems;
}

/**
 * Narrows `data` to the result type of `document` after checking it against the operation.
 * @throws Error listing what does not conform, so a wrong shape fails the test that received it.
 */
export function conforms<TData>(
  document: TypedDocumentNode<TData, never>,
  data: unknown,
): data is TData {
  const problems = shapeProblems(document, data);
  if (problems.length > 0)
    throw new Error(`The response does not match the operation:\n${problems.join('\n')}`);
  return true;
}
