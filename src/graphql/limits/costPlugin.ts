/**
 * Refuses an operation whose estimated upstream cost is above the ceiling before it executes (so a
 * refused operation costs no upstream call), and reports the estimated and actual upstream calls in
 * `extensions.cost`: always in demo mode, otherwise when the request carries
 * `X-Gateway-Cost: include`.
 */
import type { ApolloServerPlugin, GraphQLRequest } from '@apollo/server';
import type { GatewayContext } from '../context.js';
import { queryTooCostly } from '../errors.js';
import { estimateUpstreamCalls } from './costEstimate.js';

/** The request header that asks for `extensions.cost` outside demo mode. */
export const COST_HEADER = 'x-gateway-cost';

const estimates = new WeakMap<GraphQLRequest, number>();

/** The estimate made for a request's operation, or null when none was made (for logs). */
export function estimatedCalls(request: GraphQLRequest): number | null {
  return estimates.get(request) ?? null;
}

export interface CostPluginOptions {
  /** Highest estimate an operation may have. */
  readonly ceiling: number;
  /** Report `extensions.cost` on every response (demo mode). */
  readonly alwaysReport: boolean;
}

/** The cost ceiling and `extensions.cost` reporting. */
export function costPlugin(options: CostPluginOptions): ApolloServerPlugin<GatewayContext> {
  return {
    requestDidStart: ({ request }) => {
      const report =
        options.alwaysReport || request.http?.headers.get(COST_HEADER)?.trim() === 'include';
      let estimate: number | null = null;
      return Promise.resolve({
        didResolveOperation: ({ schema, document, operation }) => {
          if (operation === undefined) return Promise.resolve();
          estimate = estimateUpstreamCalls(schema, document, operation, request.variables);
          estimates.set(request, estimate);
          if (estimate > options.ceiling) throw queryTooCostly(estimate, options.ceiling);
          return Promise.resolve();
        },
        willSendResponse: ({ response, contextValue }) => {
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
          };
          return Promise.resolve();
        },
      });
    },
  };
}
