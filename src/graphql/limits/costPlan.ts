/**
 * Compiles an operation into a cost plan: the tree of its costed fields, with fields merged by
 * response key as graphql-js executes them (two spreads selecting the same field run it once;
 * each alias runs on its own). Everything that cannot cost an upstream call is pruned, so the plan
 * of an ordinary screen has a handful of nodes. The plan depends only on the document: `first`
 * and `after` stay references that `estimateCost` resolves against each request's variables.
 *
 * `@skip` and `@include` remove a selection only when their condition is a literal; a condition
 * given by a variable counts the selection as included (an upper bound).
 */
import {
  getNamedType,
  getNullableType,
  isAbstractType,
  isCompositeType,
  isListType,
  Kind,
  valueFromASTUntyped,
  type ArgumentNode,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLArgument,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLObjectType,
  type NamedTypeNode,
  type OperationDefinitionNode,
  type SelectionNode,
  type SelectionSetNode,
  type VariableDefinitionNode,
} from 'graphql';
import { CONNECTION_FIELDS, CONVERSATION_TYPE, type CostModel } from './costModel.js';

/** An argument's value: fixed by the document, or read from a variable at run time. */
export type ArgRef =
  | { readonly kind: 'value'; readonly value: unknown }
  | { readonly kind: 'variable'; readonly name: string; readonly fallback: unknown };

/** A costed field of the plan. */
export type PlanField =
  | {
      readonly kind: 'field';
      /** Upstream calls of the field itself. */
      readonly calls: number;
      /** How many values the field yields at most (lists outside connections). */
      readonly multiplier: number;
      /** For `lookup-each` fields: the list argument whose length multiplies the whole field. */
      readonly each?: ArgRef;
      readonly child: PlanNode | null;
    }
  | {
      readonly kind: 'connection';
      readonly first: ArgRef;
      readonly after: ArgRef;
      /** `pageInfo` or `totalCount` is selected: the page is loaded even with `first: 0`. */
      readonly loadsPage: boolean;
      /** `edges` or `nodes` is selected. */
      readonly listsItems: boolean;
      /** What each item costs, once per `edges`/`nodes` selection. */
      readonly items: readonly PlanNode[];
    };

/** The costed fields below a value: one variant per concrete type it may have (cost = max). */
export interface PlanNode {
  readonly variants: readonly (readonly PlanField[])[];
}

/**
 * Values a list outside a connection may hold at most. No such list leads to a cost in this
 * schema today; the bound keeps the estimate honest if one ever does.
 */
const UNBOUNDED_LIST = 100;

class Compiler {
  private readonly fragments = new Map<string, FragmentDefinitionNode>();
  private readonly variables = new Map<string, VariableDefinitionNode>();

  constructor(
    private readonly model: CostModel,
    document: DocumentNode,
    operation: OperationDefinitionNode,
  ) {
    for (const d of document.definitions) {
      if (d.kind === Kind.FRAGMENT_DEFINITION) this.fragments.set(d.name.value, d);
    }
    for (const v of operation.variableDefinitions ?? [])
      this.variables.set(v.variable.name.value, v);
  }

  node(type: GraphQLCompositeType, sets: readonly SelectionSetNode[], inConversation: boolean) {
    const variants: PlanField[][] = [];
    for (const concrete of this.model.possibleTypes(type)) {
      if (!this.model.isCostly(concrete)) continue;
      // Every field of a conversation, and everything below it, has a conversation ancestor.
      const inside = inConversation || concrete.name === CONVERSATION_TYPE;
      const fields: PlanField[] = [];
      for (const nodes of this.collect(concrete, sets).values()) {
        const field = this.field(concrete, nodes, inside);
        if (field !== null) fields.push(field);
      }
      if (fields.length > 0) variants.push(fields);
    }
    return { variants };
  }

  private field(
    parent: GraphQLObjectType,
    nodes: readonly FieldNode[],
    inConversation: boolean,
  ): PlanField | null {
    const first = nodes[0];
    if (first === undefined) return null;
    const definition = parent.getFields()[first.name.value];
    if (definition === undefined) return null; // __typename and other meta fields
    const rule = this.model.rule(parent, first.name.value);
    const named = getNamedType(definition.type);
    const sets = selectionSets(nodes);
    if (rule?.kind === 'connection' && isCompositeType(named)) {
      return this.connection(definition, first, named, sets, inConversation);
    }
    const calls = rule === null ? 0 : rule.kind === 'conversation-lookup' && inConversation ? 0 : 1;
    const child =
      isCompositeType(named) && this.model.isCostly(named)
        ? this.node(named, sets, inConversation)
        : null;
    if (calls === 0 && (child === null || child.variants.length === 0)) return null;
    if (rule?.kind === 'lookup-each') {
      const each = this.argument(definition, first, rule.argument);
      return { kind: 'field', calls, multiplier: 1, child, each };
    }
    const multiplier = isListType(getNullableType(definition.type)) ? UNBOUNDED_LIST : 1;
    return { kind: 'field', calls, multiplier, child };
  }

  private connection(
    definition: GraphQLField<unknown, unknown>,
    node: FieldNode,
    type: GraphQLCompositeType,
    sets: readonly SelectionSetNode[],
    inConversation: boolean,
  ): PlanField {
    let loadsPage = false;
    let listsItems = false;
    const items: PlanNode[] = [];
    const item = (itemType: GraphQLCompositeType, itemSets: readonly SelectionSetNode[]) => {
      if (this.model.isCostly(itemType)) items.push(this.node(itemType, itemSets, inConversation));
    };
    for (const type_ of this.model.possibleTypes(type)) {
      for (const fieldNodes of this.collect(type_, sets).values()) {
        const name = fieldNodes[0]?.name.value ?? '';
        const fieldType = type_.getFields()[name]?.type;
        if (CONNECTION_FIELDS.pageLoading.has(name)) loadsPage = true;
        if (fieldType === undefined) continue;
        const named = getNamedType(fieldType);
        if (!isCompositeType(named)) continue;
        if (name === CONNECTION_FIELDS.nodes) {
          listsItems = true;
          item(named, selectionSets(fieldNodes));
        } else if (name === CONNECTION_FIELDS.edges) {
          listsItems = true;
          for (const edgeType of this.model.possibleTypes(named)) {
            for (const edgeFields of this.collect(edgeType, selectionSets(fieldNodes)).values()) {
              const edgeField = edgeFields[0]?.name.value ?? '';
              const nodeType = edgeType.getFields()[edgeField]?.type;
              if (edgeField !== CONNECTION_FIELDS.edgeNode || nodeType === undefined) continue;
              const nodeNamed = getNamedType(nodeType);
              if (isCompositeType(nodeNamed)) item(nodeNamed, selectionSets(edgeFields));
            }
          }
        }
      }
    }
    return {
      kind: 'connection',
      first: this.argument(definition, node, 'first'),
      after: this.argument(definition, node, 'after'),
      loadsPage,
      listsItems,
      items,
    };
  }

  private argument(definition: GraphQLField<unknown, unknown>, node: FieldNode, name: string) {
    const schemaDefault = definition.args.find(
      (a: GraphQLArgument) => a.name === name,
    )?.defaultValue;
    const given = node.arguments?.find((a: ArgumentNode) => a.name.value === name);
    if (given === undefined) return { kind: 'value', value: schemaDefault } as const;
    if (given.value.kind !== Kind.VARIABLE) {
      return { kind: 'value', value: valueFromASTUntyped(given.value) } as const;
    }
    const variable = given.value.name.value;
    const declared = this.variables.get(variable)?.defaultValue;
    return {
      kind: 'variable',
      name: variable,
      fallback: declared === undefined ? schemaDefault : valueFromASTUntyped(declared),
    } as const;
  }

  /** graphql-js's field collection for one concrete type: selections merged by response key. */
  private collect(type: GraphQLObjectType, sets: readonly SelectionSetNode[]) {
    const fields = new Map<string, FieldNode[]>();
    const visited = new Set<string>();
    const visit = (set: SelectionSetNode) => {
      for (const selection of set.selections) {
        if (!included(selection)) continue;
        if (selection.kind === Kind.FIELD) {
          const key = selection.alias?.value ?? selection.name.value;
          const list = fields.get(key);
          if (list === undefined) fields.set(key, [selection]);
          else list.push(selection);
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          if (this.applies(selection.typeCondition, type)) visit(selection.selectionSet);
        } else {
          const name = selection.name.value;
          const fragment = this.fragments.get(name);
          if (visited.has(name) || fragment === undefined) continue;
          visited.add(name);
          if (this.applies(fragment.typeCondition, type)) visit(fragment.selectionSet);
        }
      }
    };
    for (const set of sets) visit(set);
    return fields;
  }

  private applies(condition: NamedTypeNode | undefined, type: GraphQLObjectType): boolean {
    if (condition === undefined) return true;
    const conditionType = this.model.schema.getType(condition.name.value);
    if (conditionType === type) return true;
    return (
      conditionType !== undefined &&
      isAbstractType(conditionType) &&
      this.model.schema.isSubType(conditionType, type)
    );
  }
}

function selectionSets(nodes: readonly FieldNode[]): SelectionSetNode[] {
  return nodes.flatMap((n) => (n.selectionSet === undefined ? [] : [n.selectionSet]));
}

/** False only for `@skip(if: true)` or `@include(if: false)` written as literals. */
function included(selection: SelectionNode): boolean {
  for (const directive of selection.directives ?? []) {
    const condition = directive.arguments?.find((a) => a.name.value === 'if')?.value;
    if (condition?.kind !== Kind.BOOLEAN) continue;
    if (directive.name.value === 'skip' && condition.value) return false;
    if (directive.name.value === 'include' && !condition.value) return false;
  }
  return true;
}

/** Compiles the cost plan of one operation of a validated document. */
export function compileCostPlan(
  model: CostModel,
  document: DocumentNode,
  operation: OperationDefinitionNode,
): PlanNode {
  const root = model.schema.getRootType(operation.operation);
  if (root === undefined || root === null) return { variants: [] };
  return new Compiler(model, document, operation).node(root, [operation.selectionSet], false);
}
