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

/** Starts the upstream calls of a field's children; see `childPrefetcher`. */
export type Prefetcher = (
  info: GraphQLResolveInfo,
  start: (field: string, args: Record<string, unknown>) => Promise<unknown> | undefined,
) => void;

/**
 * Returns a prefetcher for the named child fields. It calls `start(fieldName, args)` for each
 * selection of them under the current field; `start`'s failure is ignored (the child resolver will
 * meet the same cached failure and report it). Which child nodes are selected depends only on the
 * document, so it is worked out once per field node (documents are parsed once and cached) and
 * costs nothing on later requests for a selection without those children.
 */
export function childPrefetcher(fields: readonly string[]): Prefetcher {
  const selected = new WeakMap<FieldNode, readonly FieldNode[]>();
  return (info, start) => {
    const type = getNamedType(info.returnType);
    if (!isObjectType(type)) return;
    const key = info.fieldNodes.length === 1 ? info.fieldNodes[0] : undefined;
    let nodes = key === undefined ? undefined : selected.get(key);
    if (nodes === undefined) {
      nodes = childFields(info, type).filter((node) => fields.includes(node.name.value));
      if (key !== undefined) selected.set(key, nodes);
    }
    if (nodes.length === 0) return;
    const definitions = type.getFields();
    for (const node of nodes) {
      const name = node.name.value;
      const definition = definitions[name];
      if (definition === undefined) continue;
      try {
        start(name, getArgumentValues(definition, node, info.variableValues))?.catch(
          () => undefined,
        );
      } catch {
        // Invalid arguments: the child resolver reports them.
      }
    }
  };
}

/** Reads `first`/`after` from arguments computed by graphql-js. */
export function pageArgs(args: Record<string, unknown>): { first?: number; after?: string } {
  return {
    ...(typeof args.first === 'number' ? { first: args.first } : {}),
    ...(typeof args.after === 'string' ? { after: args.after } : {}),
  };
}
