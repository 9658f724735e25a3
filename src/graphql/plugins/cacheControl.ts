import type { ApolloServerPlugin } from '@apollo/server';
import { OperationTypeNode } from 'graphql';
import type { GatewayContext } from '../context.js';

/**
 * Marks the responses shared caches may keep, when CACHE_PUBLIC_MAX_AGE allows any: successful
 * query results of anonymous GET requests (the only ones that are the same for every caller). The
 * HTTP layer makes every other response `no-store` — `private, no-store` when the request carried
 * credentials — whatever a plugin set.
 */
export function cacheControlPlugin(maxAgeSeconds: number): ApolloServerPlugin<GatewayContext> {
  return {
    requestDidStart: () =>
      Promise.resolve({
        willSendResponse: ({ request, operation, response }) => {
          const http = request.http;
          if (
            http?.method === 'GET' &&
            !http.headers.has('authorization') &&
            operation?.operation === OperationTypeNode.QUERY &&
            response.body.kind === 'single' &&
            response.body.singleResult.errors === undefined
          ) {
            response.http.headers.set('cache-control', `public, max-age=${maxAgeSeconds}`);
            response.http.headers.set('vary', 'Authorization, X-Bird-Workspace-Id, X-Gateway-Cost');
          }
          return Promise.resolve();
        },
      }),
  };
}
