import type { SubscriptionResolvers } from '../generated/graphql.js';
import type { GatewayContext } from '../graphql/context.js';
import type {
  ConversationCreatedEvent,
  ConversationDeletedEvent,
  ConversationUpdatedEvent,
  MessageAddedEvent,
} from '../realtime/events.js';
import { deliveries, type Delivery } from './subscriptionEvents.js';

export const Subscription: SubscriptionResolvers = {
  conversationCreated: {
    subscribe: (_, __, ctx) => deliveries(ctx, 'conversation.created'),
    resolve: (d: Delivery<ConversationCreatedEvent>) => d.event.conversation,
  },
  conversationUpdated: {
    subscribe: (_, args, ctx) => deliveries(ctx, 'conversation.updated', args.conversationId),
    resolve: (d: Delivery<ConversationUpdatedEvent>) => d.event.conversation,
  },
  conversationDeleted: {
    subscribe: (_, __, ctx) => deliveries(ctx, 'conversation.deleted'),
    resolve: (d: Delivery<ConversationDeletedEvent>) => ({ birdId: d.event.conversationId }),
  },
  messageAdded: {
    subscribe: (_, args, ctx) => deliveries(ctx, 'message.added', args.conversationId),
    // A mutation's event carries the message; a webhook's is fetched once per credential (and,
    // through the cache's shared L2, once per tenant scope across instances where they follow).
    resolve: (d: Delivery<MessageAddedEvent>, _: unknown, ctx: GatewayContext) =>
      d.event.message ??
      ctx.realtime.messages.get(
        d.credential,
        d.event.conversationId,
        d.event.messageId,
        ctx.eventMessages,
      ),
  },
};
