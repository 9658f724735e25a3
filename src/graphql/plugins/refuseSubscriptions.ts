import type { ApolloServerPlugin } from '@apollo/server';
import { OperationTypeNode } from 'graphql';
import type { GatewayContext } from '../context.js';
import { subscriptionNeedsStream } from '../errors.js';

/**
 * Refuses a subscription that reached Apollo Server, i.e. one sent as an ordinary GET or POST
 * without a streaming Accept header: a BAD_REQUEST that names the transports to use, instead of
 * executing it once (which would fail as an internal error).
 */
export function refuseSubscriptionsPlugin(): ApolloServerPlugin<GatewayContext> {
  return {
    requestDidStart: () =>
      Promise.resolve({
        didResolveOperation: ({ operation }) => {
          if (operation?.operation === OperationTypeNode.SUBSCRIPTION)
            throw subscriptionNeedsStream();
          return Promise.resolve();
        },
      }),
  };
}
