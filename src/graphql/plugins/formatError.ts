import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { ERROR_CODES, internalError } from '../errors.js';
import type { Logger } from '../../observability/logger.js';

/**
 * Codes whose messages were written for clients: the gateway's own (../errors.ts), and those Apollo
 * and graphql-js give to bad documents. INTERNAL_SERVER_ERROR is what gets masked.
 */
const CLIENT_SAFE = new Set<string>([
  ...ERROR_CODES.filter((code) => code !== 'INTERNAL_SERVER_ERROR'),
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * Masks anything unexpected: an error without a client-safe code reaches the client as a generic
 * INTERNAL_SERVER_ERROR (logged in full here), never with its message or stack.
 */
export function createFormatError(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && CLIENT_SAFE.has(code)) return formatted;
    logger.error(
      { err: unwrapResolverError(error), path: formatted.path },
      'unexpected error in operation',
    );
    // Apollo has already taken `extensions.http` out of errors by now: only the code is passed on.
    const masked = internalError();
    return {
      message: masked.message,
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: masked.extensions.code },
    };
  };
}
