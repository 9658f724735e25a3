/**
 * The upstream-cost estimate of an operation: an upper bound on the REST calls it can cause.
 * Plans are compiled once per parsed document (Apollo reuses the parsed document of a known query
 * text or persisted hash), so a request only evaluates its plan with its variables.
 */
import type { DocumentNode, GraphQLSchema, OperationDefinitionNode } from 'graphql';
import { MAX_FETCHES, validateFirst } from '../../pagination/connection.js';
import { costModelFor } from './costModel.js';
import { compileCostPlan, type ArgRef, type PlanField, type PlanNode } from './costPlan.js';

type Variables = Readonly<Record<string, unknown>> | undefined;

const plans = new WeakMap<OperationDefinitionNode, PlanNode>();

function planFor(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
): PlanNode {
  let plan = plans.get(operation);
  if (plan === undefined) {
    plan = compileCostPlan(costModelFor(schema), document, operation);
    plans.set(operation, plan);
  }
  return plan;
}

function resolve(arg: ArgRef, variables: Variables): unknown {
  if (arg.kind === 'value') return arg.value;
  return variables !== undefined && Object.hasOwn(variables, arg.name)
    ? variables[arg.name]
    : arg.fallback;
}

/** The page size a connection will use, or null when its `first` will be refused (no call). */
function pageSize(value: unknown): number | null {
  if (value !== null && value !== undefined && typeof value !== 'number') return null;
  try {
    return validateFirst(value);
  } catch {
    return null;
  }
}

function nodeCost(node: PlanNode, variables: Variables): number {
  let most = 0;
  for (const fields of node.variants) {
    let sum = 0;
    for (const field of fields) sum += fieldCost(field, variables);
    most = Math.max(most, sum);
  }
  return most;
}

function fieldCost(field: PlanField, variables: Variables): number {
  if (field.kind === 'field') {
    const one =
      field.calls +
      (field.child === null ? 0 : field.multiplier * nodeCost(field.child, variables));
    if (field.each === undefined) return one;
    const list = resolve(field.each, variables);
    return (Array.isArray(list) ? list.length : 1) * one;
  }
  const first = pageSize(resolve(field.first, variables));
  if (first === null) return 0;
  const after = resolve(field.after, variables);
  const loads = field.loadsPage || (field.listsItems && first > 0);
  const calls = !loads ? 0 : after === null || after === undefined ? 1 : MAX_FETCHES;
  let perItem = 0;
  for (const item of field.items) perItem += nodeCost(item, variables);
  return calls + first * perItem;
}

/**
 * Estimates the upstream calls an operation of a validated document can make with these
 * variables. Identical calls are made once at run time, so the truth is often lower.
 */
export function estimateUpstreamCalls(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Variables,
): number {
  return nodeCost(planFor(schema, document, operation), variables);
}
