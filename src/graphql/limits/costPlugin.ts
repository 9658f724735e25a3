/**
 * Refuses an operation whose estimated upstream cost is above the ceiling before it executes (so a
 * refused operation costs no upstream call), and reports the estimated and actual upstream calls in
 * `extensions.cost`: always in demo mode, otherwise when the request carries
 * `X-Gateway-Cost: include`.
 *
 * The operations of one batched HTTP request count against the ceiling together. A query is then
 * admitted as a unit: its estimated reads are reserved in its workspace's rate budget, or it is
 * refused whole (RATE_LIMITED with `retryAfterMs`, or QUERY_TOO_COSTLY when the budget could never
 * hold it within the allowed wait) — never started and then answered with holes.
 */
import { createHash } from 'node:crypto';
import type { ApolloServerPlugin, GraphQLRequest } from '@apollo/server';
import { OperationTypeNode } from 'graphql';
import type { GatewayContext } from '../context.js';
import { batchTooCostly, operationRateLimited, queryTooCostly } from '../errors.js';
import type { BirdClient } from '../../upstream/client.js';
import type { Tickets } from '../../upstream/resilience/rateShaper.js';
import { estimateUpstreamCalls } from './costEstimate.js';

/** The request header that asks for `extensions.cost` outside demo mode. */
export const COST_HEADER = 'x-gateway-cost';

const estimates = new WeakMap<GraphQLRequest, number>();

/**
 * Estimates admitted so far per HTTP request. The operations of a batch share the request's
 * context, and so its client, which makes the client the request's identity.
 */
const requestTotals = new WeakMap<BirdClient, number>();

/** The estimate made for a request's operation, or null when none was made (for logs). */
export function estimatedCalls(request: GraphQLRequest): number | null {
  return estimates.get(request) ?? null;
}

export interface CostPluginOptions {
  /** Highest estimate an operation, or all operations of a batch together, may have. */
  readonly ceiling: number;
  /** Report `extensions.cost` on every response (demo mode). */
  readonly alwaysReport: boolean;
}

/** Checks the request-wide ceiling, then reserves the operation's reads in its rate budget. */
async function admit(
  context: GatewayContext,
  operation: 'query' | 'mutation' | 'subscription',
  estimate: number,
  ceiling: number,
): Promise<Tickets | null> {
  if (estimate > ceiling) throw queryTooCostly(estimate, ceiling);
  const total = (requestTotals.get(context.client) ?? 0) + estimate;
  if (total > ceiling) throw batchTooCostly(total, ceiling);
  requestTotals.set(context.client, total);
  // Mutations are mostly writes, which have their own (ten times larger) limit: they are shaped
  // call by call. An operation without credentials is refused by requireCredentials.
  if (operation !== 'query' || context.credentials === null) return null;
  const admission = await context.client.admit(estimate);
  if (admission.kind === 'too-large') throw queryTooCostly(estimate, admission.capacity);
  if (admission.kind === 'wait') throw operationRateLimited(admission.retryAfterMs);
  return admission.tickets;
}

/**
 * A digest of the text and variables of a query, as the key of what it read last time (a digest:
 * thousands of remembered operations must not keep thousands of query texts); null when the
 * variables cannot be serialised (nested deeper than the stack allows): such a query is not predicted.
 */
function operationFingerprint(
  query: string | undefined,
  variables: Record<string, unknown> | undefined,
): string | null {
  try {
    return createHash('sha256')
      .update(query ?? '')
      .update('\u0000')
      .update(JSON.stringify(variables ?? {}))
      .digest('base64url');
  } catch {
    return null;
  }
}

/** The cost ceiling, admission as a unit, and `extensions.cost` reporting. */
export function costPlugin(options: CostPluginOptions): ApolloServerPlugin<GatewayContext> {
  return {
    requestDidStart: ({ request }) => {
      const report =
        options.alwaysReport || request.http?.headers.get(COST_HEADER)?.trim() === 'include';
      let estimate: number | null = null;
      let tickets: Tickets | null = null;
      let fingerprint: string | null = null;
      return Promise.resolve({
        didResolveOperation: async ({ schema, document, operation, contextValue }) => {
          if (operation === undefined) return;
          const bound = estimateUpstreamCalls(schema, document, operation, request.variables);
          // Only a cache can make the calls fewer than the bound: without one, no digest per query.
          if (
            operation.operation === OperationTypeNode.QUERY &&
            contextValue.loaders.cache.enabled
          ) {
            fingerprint = operationFingerprint(request.query, request.variables);
          }
          // What is cached costs nothing: a fully cached screen is admitted at 0.
          estimate =
            fingerprint === null
              ? bound
              : await contextValue.loaders.cache.expectedCalls(fingerprint, bound);
          estimates.set(request, estimate);
          tickets = await admit(contextValue, operation.operation, estimate, options.ceiling);
        },
        willSendResponse: ({ response, contextValue }) => {
          // Slots the operation reserved but did not use go back to the workspace.
          tickets?.release();
          if (fingerprint !== null && response.body.kind === 'single') {
            contextValue.loaders.cache.remember(fingerprint, contextValue.client.stats.calls);
          }
          if (!report || estimate === null || response.body.kind !== 'single') {
            return Promise.resolve();
          }
          const result = response.body.singleResult;
          result.extensions = {
            ...result.extensions,
            cost: {
              estimatedUpstreamCalls: estimate,
              upstreamCalls: contextValue.client.stats.calls,
            },
            cache: { ...contextValue.loaders.cache.stats },
          };
          return Promise.resolve();
        },
      });
    },
  };
}
