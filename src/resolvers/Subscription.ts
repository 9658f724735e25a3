import type { SubscriptionResolvers } from '../generated/graphql.js';
import type { GatewayContext } from '../graphql/context.js';
import type {
  ConversationCreatedEvent,
  ConversationDeletedEvent,
  ConversationUpdatedEvent,
  MessageAddedEvent,
} from '../realtime/events.js';
import { credentialOf, deliveries } from './subscriptionEvents.js';

export const Subscription: SubscriptionResolvers = {
  conversationCreated: {
    subscribe: (_, __, ctx) => deliveries(ctx, 'conversation.created'),
    resolve: (event: ConversationCreatedEvent) => event.conversation,
  },
  conversationUpdated: {
    subscribe: (_, args, ctx) => deliveries(ctx, 'conversation.updated', args.conversationId),
    resolve: (event: ConversationUpdatedEvent) => event.conversation,
  },
  conversationDeleted: {
    subscribe: (_, __, ctx) => deliveries(ctx, 'conversation.deleted'),
    resolve: (event: ConversationDeletedEvent) => ({ birdId: event.conversationId }),
  },
  messageAdded: {
    subscribe: (_, args, ctx) => deliveries(ctx, 'message.added', args.conversationId),
    // A mutation's event carries the message; a webhook's is fetched once per credential (and,
    // through the cache's shared L2, once per tenant scope across instances where they follow).
    resolve: (event: MessageAddedEvent, _: unknown, ctx: GatewayContext) =>
      event.message ??
      ctx.realtime.messages.get(
        credentialOf(ctx),
        event.conversationId,
        event.messageId,
        ctx.eventMessages,
      ),
  },
};
