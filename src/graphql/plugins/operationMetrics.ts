import type { ApolloServerPlugin } from '@apollo/server';
import type { GatewayContext } from '../context.js';
import { estimatedCalls } from '../limits/costPlugin.js';
import type { GatewayMetrics, OperationOutcome } from '../../observability/metrics.js';

/**
 * Each operation's duration, type and outcome into `bird_gateway_operation_duration_seconds` (and
 * its error codes into `bird_gateway_operation_errors_total`), and its name, type, cost and
 * upstream calls onto the request's trace span.
 */
export function operationMetricsPlugin(
  metrics: GatewayMetrics,
): ApolloServerPlugin<GatewayContext> {
  return {
    requestDidStart: () => {
      const started = performance.now();
      return Promise.resolve({
        willSendResponse: ({ contextValue, operationName, operation, request, response }) => {
          const result =
            response.body.kind === 'single'
              ? response.body.singleResult
              : response.body.initialResult;
          const errorCodes = (result.errors ?? []).map((e) =>
            typeof e.extensions?.code === 'string' ? e.extensions.code : 'INTERNAL_SERVER_ERROR',
          );
          const hasData = result.data !== undefined && result.data !== null;
          const outcome: OperationOutcome =
            errorCodes.length === 0 ? 'success' : hasData ? 'partial' : 'error';
          const type = operation?.operation ?? null;
          metrics.operation({
            name: operationName ?? null,
            type,
            outcome,
            seconds: (performance.now() - started) / 1000,
            errorCodes,
          });
          const stats = contextValue.client.stats;
          contextValue.trace.annotate({
            name: operationName ?? null,
            type,
            estimatedUpstreamCalls: estimatedCalls(request),
            upstreamCalls: stats.calls,
            upstreamAttempts: stats.attempts,
            errorCodes,
          });
          return Promise.resolve();
        },
      });
    },
  };
}
