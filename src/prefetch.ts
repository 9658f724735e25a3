/**
 * Lookahead: a lookup by id can start the upstream calls its children will make at the same time
 * as its own, instead of one round trip later. `conversation(id) { messages { ... } }` needs only
 * the id for the messages page, but graphql-js resolves `messages` only after `conversation` has
 * resolved — two round trips for a thread screen whose REST floor is one.
 *
 * The prefetch goes through the same page loaders with the same keys the child resolvers will use,
 * so it is deduplicated with them and never adds a call that the operation would not make anyway
 * (except when the parent turns out not to exist, which costs the child's call in parallel).
 * Children with invalid arguments are skipped here; their resolvers report the error.
 */
import {
  getArgumentValues,
  getNamedType,
  isObjectType,
  Kind,
  type FieldNode,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql';

/** The field nodes selected on `type` under the current field, fragments and aliases included. */
function childFields(info: GraphQLResolveInfo, type: GraphQLObjectType): FieldNode[] {
  const found: FieldNode[] = [];
  const seen = new Set<string>();
  const visit = (set: SelectionSetNode | undefined) => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD) {
        found.push(selection);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const on = selection.typeCondition?.name.value;
        if (on === undefined || on === type.name) visit(selection.selectionSet);
      } else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        const fragment = info.fragments[selection.name.value];
        if (fragment?.typeCondition.name.value === type.name) visit(fragment.selectionSet);
      }
    }
  };
  for (const node of info.fieldNodes) visit(node.selectionSet);
  return found;
}

/**
 * Calls `start(fieldName, args)` for each selection of the named child fields of the object the
 * current field returns. `start` must not throw; its promise's failure is ignored (the child
 * resolver will meet the same cached failure and report it).
 */
export function prefetchChildren(
  info: GraphQLResolveInfo,
  fields: readonly string[],
  start: (field: string, args: Record<string, unknown>) => Promise<unknown> | undefined,
): void {
  const type = getNamedType(info.returnType);
  if (!isObjectType(type)) return;
  const definitions = type.getFields();
  for (const node of childFields(info, type)) {
    const name = node.name.value;
    const definition = definitions[name];
    if (definition === undefined || !fields.includes(name)) continue;
    let args: Record<string, unknown>;
    try {
      args = getArgumentValues(definition, node, info.variableValues);
      start(name, args)?.catch(() => undefined);
    } catch {
      // Invalid arguments: the child resolver reports them.
    }
  }
}

/** Reads `first`/`after` from arguments computed by graphql-js. */
export function pageArgs(args: Record<string, unknown>): { first?: number; after?: string } {
  return {
    ...(typeof args.first === 'number' ? { first: args.first } : {}),
    ...(typeof args.after === 'string' ? { after: args.after } : {}),
  };
}
