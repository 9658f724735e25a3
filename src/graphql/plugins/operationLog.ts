import type { ApolloServerPlugin } from '@apollo/server';
import type { GatewayContext } from '../context.js';
import { estimatedCalls } from '../limits/costPlugin.js';
import type { Logger } from '../../observability/logger.js';

/** Longest operation name logged: a client chooses the name, and could send 90 KB of it. */
const MAX_NAME_LENGTH = 100;

/**
 * One structured `info` line per operation, written when its response is ready: request id (and
 * trace id when the request has a trace),
 * operation name and type, duration, upstream calls (and the HTTP attempts they took, retries
 * included), the cost estimate, the HTTP status and the error codes. The name is cut to 100
 * characters. No variables, no query text, no headers: nothing a client sent can leak a secret
 * into the logs.
 */
export function operationLogPlugin(logger: Logger): ApolloServerPlugin<GatewayContext> {
  return {
    requestDidStart: () => {
      // Nothing to measure when the line would not be written (LOG_LEVEL above info).
      if (!logger.isLevelEnabled('info')) return Promise.resolve();
      const started = performance.now();
      return Promise.resolve({
        willSendResponse: ({ contextValue, operationName, operation, request, response }) => {
          const errors =
            response.body.kind === 'single'
              ? response.body.singleResult.errors
              : response.body.initialResult.errors;
          const stats = contextValue.client.stats;
          logger.info(
            {
              requestId: contextValue.requestId,
              ...(contextValue.trace.traceId === undefined
                ? {}
                : { traceId: contextValue.trace.traceId }),
              operation: operationName == null ? null : operationName.slice(0, MAX_NAME_LENGTH),
              type: operation?.operation ?? null,
              durationMs: Math.round((performance.now() - started) * 10) / 10,
              upstreamCalls: stats.calls,
              upstreamAttempts: stats.attempts,
              estimatedUpstreamCalls: estimatedCalls(request),
              status: response.http.status ?? 200,
              ...(errors === undefined
                ? {}
                : { errors: errors.map((e) => e.extensions?.code ?? 'INTERNAL_SERVER_ERROR') }),
            },
            'operation',
          );
          return Promise.resolve();
        },
      });
    },
  };
}
