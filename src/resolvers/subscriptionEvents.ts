/**
 * The event streams behind the Subscription fields: the subscriber's own workspace only (from its
 * credentials, never from an argument), narrowed to one event type and optionally one conversation.
 * A stream yields the hub's event objects themselves, the same object to every subscriber, which
 * is what lets subscribers with the same credential, document and variables share one execution
 * of each event (src/graphql/streaming/sharedExecutions.ts).
 */
import type { GatewayContext } from '../graphql/context.js';
import { unauthenticated } from '../graphql/errors.js';
import { birdConversationId } from '../ids/conversationIds.js';
import type { GatewayEvent } from '../realtime/events.js';
import { credentialKey } from '../realtime/messageFetches.js';

type EventOf<T extends GatewayEvent['type']> = Extract<GatewayEvent, { type: T }>;

function conversationOf(event: GatewayEvent): string {
  switch (event.type) {
    case 'conversation.created':
    case 'conversation.updated':
      return event.conversation.id;
    case 'conversation.deleted':
    case 'message.added':
      return event.conversationId;
  }
}

/** The subscriber's stream of `type` events, of one conversation when `conversationId` is given. */
export function deliveries<T extends GatewayEvent['type']>(
  ctx: GatewayContext,
  type: T,
  conversationId?: string | null,
): AsyncIterableIterator<EventOf<T>> {
  const credentials = ctx.credentials;
  if (credentials === null) throw unauthenticated(ctx.authError ?? 'Authentication required.');
  const wanted =
    conversationId === null || conversationId === undefined
      ? null
      : birdConversationId(conversationId);
  const accept = (event: GatewayEvent): event is EventOf<T> =>
    event.type === type && (wanted === null || conversationOf(event) === wanted);
  return ctx.realtime.hub.open(credentials.workspaceId, accept);
}

/**
 * Digest of the event's executing credentials (never the credentials themselves), under which
 * `messageAdded` shares its fetch of the full message.
 */
export function credentialOf(ctx: GatewayContext): string {
  if (ctx.credentials === null) throw unauthenticated(ctx.authError ?? 'Authentication required.');
  return credentialKey(ctx.credentials);
}
