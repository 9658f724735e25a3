import type { ApolloServerPlugin } from '@apollo/server';
import { OperationTypeNode } from 'graphql';
import type { GatewayContext } from '../context.js';

/**
 * Internal response header by which this plugin tells the HTTP layer whether an answer may carry
 * an `ETag`: `ok:<workspace>` or `no`. The HTTP layer removes it before anything is sent.
 */
export const REVALIDATE_HEADER = 'x-gateway-revalidate';
/** Prefix of an eligible marker; the workspace the operation ran in follows it. */
export const ELIGIBLE_PREFIX = 'ok:';
/** The marker once any operation of a request (a batch shares one head) is not eligible. */
const NOT_ELIGIBLE = 'no';

/**
 * Marks answers that may be revalidated with `ETag`/`If-None-Match`: successful query results
 * only. A mutation's answer is not a representation to hold on to, and an error (RATE_LIMITED, a
 * timeout, an upstream outage) belongs to one moment, not to the data. In a batch, one ineligible
 * operation makes the whole answer ineligible.
 */
export function revalidationPlugin(): ApolloServerPlugin<GatewayContext> {
  return {
    requestDidStart: () =>
      Promise.resolve({
        willSendResponse: ({ operation, response, contextValue }) => {
          const headers = response.http.headers;
          const workspace = contextValue.credentials?.workspaceId;
          const eligible =
            workspace !== undefined &&
            operation?.operation === OperationTypeNode.QUERY &&
            response.body.kind === 'single' &&
            response.body.singleResult.errors === undefined &&
            headers.get(REVALIDATE_HEADER) !== NOT_ELIGIBLE;
          headers.set(
            REVALIDATE_HEADER,
            eligible ? `${ELIGIBLE_PREFIX}${workspace}` : NOT_ELIGIBLE,
          );
          return Promise.resolve();
        },
      }),
  };
}
