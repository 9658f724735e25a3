import type { ApolloServerPlugin } from '@apollo/server';
import { isIntrospectionOnly } from '../auth.js';
import type { GatewayContext } from '../context.js';
import { unauthenticated } from '../errors.js';

/**
 * Refuses an operation without usable credentials as a whole (HTTP 401, one UNAUTHENTICATED
 * error) before it executes, so it causes no upstream call. Introspection needs no credentials.
 */
export function requireCredentialsPlugin(): ApolloServerPlugin<GatewayContext> {
  return {
    requestDidStart: () =>
      Promise.resolve({
        didResolveOperation: ({ contextValue, document, operation }) => {
          if (
            contextValue.credentials !== null ||
            (operation !== undefined && isIntrospectionOnly(document, operation))
          ) {
            return Promise.resolve();
          }
          throw unauthenticated(contextValue.authError ?? 'Authentication required.');
        },
      }),
  };
}
