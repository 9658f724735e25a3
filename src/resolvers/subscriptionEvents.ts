/**
 * The event streams behind the Subscription fields: the subscriber's own workspace only (from its
 * credentials, never from an argument), narrowed to one event type and optionally one conversation.
 * Each event is delivered with the subscriber's credential digest, so `messageAdded` can share one
 * upstream fetch among the subscribers of a credential.
 */
import type { GatewayContext } from '../graphql/context.js';
import { unauthenticated } from '../graphql/errors.js';
import { birdConversationId } from '../ids/conversationIds.js';
import type { GatewayEvent } from '../realtime/events.js';
import { mapStream } from '../realtime/mapStream.js';
import { credentialKey } from '../realtime/messageFetches.js';

type EventOf<T extends GatewayEvent['type']> = Extract<GatewayEvent, { type: T }>;

/** One event as a subscription's resolver receives it. */
export interface Delivery<E extends GatewayEvent> {
  readonly event: E;
  /** Digest of the subscriber's credentials (never the credentials themselves). */
  readonly credential: string;
}

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
): AsyncIterableIterator<Delivery<EventOf<T>>> {
  const credentials = ctx.credentials;
  if (credentials === null) throw unauthenticated(ctx.authError ?? 'Authentication required.');
  const wanted =
    conversationId === null || conversationId === undefined
      ? null
      : birdConversationId(conversationId);
  const accept = (event: GatewayEvent): event is EventOf<T> =>
    event.type === type && (wanted === null || conversationOf(event) === wanted);
  const credential = credentialKey(credentials);
  const stream = ctx.realtime.hub.open(credentials.workspaceId, accept);
  return mapStream(stream, (event) => ({ event, credential }));
}
