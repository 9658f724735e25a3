/**
 * Turns a request of a streaming transport (graphql-ws, graphql-sse, multipart) into execution
 * arguments under the same rules `POST /graphql` applies through Apollo's plugins: persisted
 * operations and trusted mode, the token limit, validation with the document limits, credentials,
 * and the upstream-cost ceiling (for a subscription, per event). A refusal is a list of errors and
 * an HTTP status, and nothing runs.
 */
import {
  getOperationAST,
  GraphQLError,
  NoSchemaIntrospectionCustomRule,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type ExecutionArgs,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type ValidationRule,
} from 'graphql';
import type { LimitsConfig } from '../../config/index.js';
import { isIntrospectionOnly } from '../auth.js';
import type { GatewayContext } from '../context.js';
import { badRequest, queryTooCostly, unauthenticated } from '../errors.js';
import { documentLimits } from '../limits/documentLimits.js';
import { estimateUpstreamCalls } from '../limits/costEstimate.js';
import type { PersistedRequests, RequestParams } from '../persisted/persistedRequests.js';

export interface PrepareDeps {
  readonly schema: GraphQLSchema;
  readonly persisted: PersistedRequests;
  readonly limits: LimitsConfig;
  readonly introspection: boolean;
}

/** Ready to run: `contextValue` is the operation's (a subscription's subscribe-time) context. */
export interface PreparedOperation {
  readonly kind: 'ready';
  readonly args: ExecutionArgs & { readonly contextValue: GatewayContext };
  readonly operation: OperationDefinitionNode;
}

export interface RefusedOperation {
  readonly kind: 'refused';
  readonly errors: readonly GraphQLError[];
  readonly status: number;
}

const refused = (error: GraphQLError, fallback = 400): RefusedOperation => ({
  kind: 'refused',
  errors: [error],
  status: statusOf(error, fallback),
});

function statusOf(error: GraphQLError, fallback: number): number {
  const http = error.extensions.http;
  if (typeof http !== 'object' || http === null || !('status' in http)) return fallback;
  return typeof http.status === 'number' ? http.status : fallback;
}

/** Documents (by text) whose parse and validation outcome is kept. */
const DOCUMENT_CACHE_SIZE = 1_000;

type Checked =
  | { readonly document: null; readonly errors: readonly GraphQLError[] }
  | { readonly document: DocumentNode; readonly errors: readonly GraphQLError[] };

function validationErrors(
  schema: GraphQLSchema,
  document: DocumentNode,
  rules: readonly ValidationRule[],
): GraphQLError[] {
  return validate(schema, document, rules).map(
    (e) =>
      new GraphQLError(e.message, {
        nodes: e.nodes ?? null,
        extensions: { ...e.extensions, code: 'GRAPHQL_VALIDATION_FAILED' },
      }),
  );
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Builds the preparer of one gateway. */
export function createPreparer(deps: PrepareDeps) {
  const rules: readonly ValidationRule[] = [
    ...specifiedRules,
    ...(documentLimits(deps.limits).validationRules ?? []),
    ...(deps.introspection ? [] : [NoSchemaIntrospectionCustomRule]),
  ];

  const parseDocument = (query: string): DocumentNode | GraphQLError => {
    try {
      return parse(query, { maxTokens: deps.limits.tokens });
    } catch (err) {
      return err instanceof GraphQLError
        ? new GraphQLError(err.message, { extensions: { code: 'GRAPHQL_PARSE_FAILED' } })
        : badRequest('The query could not be parsed.');
    }
  };
  // Thousands of clients subscribe with the same text: parse and validate it once.
  const checked = new Map<string, Checked>();
  const check = (query: string): Checked => {
    const known = checked.get(query);
    if (known !== undefined) return known;
    const document = parseDocument(query);
    const result: Checked =
      document instanceof GraphQLError
        ? { document: null, errors: [document] }
        : { document, errors: validationErrors(deps.schema, document, rules) };
    if (checked.size >= DOCUMENT_CACHE_SIZE) checked.delete(checked.keys().next().value ?? '');
    checked.set(query, result);
    return result;
  };

  return (params: RequestParams, ctx: GatewayContext): PreparedOperation | RefusedOperation => {
    const resolved = deps.persisted.resolve(params);
    if (resolved instanceof GraphQLError) return refused(resolved);
    const { query, operationName, variables } = resolved;
    if (typeof query !== 'string' || query === '') {
      return refused(badRequest('Send the operation text as `query` (or a known `documentId`).'));
    }
    const { document, errors } = check(query);
    if (document === null || errors.length > 0) return { kind: 'refused', status: 400, errors };
    const name = typeof operationName === 'string' ? operationName : null;
    const operation = getOperationAST(document, name);
    if (!operation) {
      return refused(badRequest('Name the operation to run (`operationName`).'));
    }
    if (ctx.credentials === null && !isIntrospectionOnly(document, operation)) {
      return refused(unauthenticated(ctx.authError ?? 'Authentication required.'), 401);
    }
    const variableValues = isRecord(variables) ? variables : undefined;
    const estimate = estimateUpstreamCalls(deps.schema, document, operation, variableValues);
    if (estimate > deps.limits.upstreamCalls) {
      return refused(queryTooCostly(estimate, deps.limits.upstreamCalls));
    }
    return {
      kind: 'ready',
      operation,
      args: {
        schema: deps.schema,
        document,
        operationName: name,
        variableValues,
        contextValue: ctx,
      },
    };
  };
}

/** The preparer of one gateway. */
export type Preparer = ReturnType<typeof createPreparer>;
