/**
 * The gateway's internal events: what a verified Bird webhook (or one of the gateway's own
 * mutations) says has changed in a workspace. Webhook intake publishes them on an {@link EventBus};
 * subscriptions, the cache and (in shared mode) Redis fan-out consume them. Events carry Bird's own
 * objects, never credentials, and always name their workspace: a listener only ever sees the events
 * of the workspace it subscribed to.
 */
import type { BirdConversation, BirdMessage } from '../upstream/types.js';

interface EventBase {
  readonly workspaceId: string;
  /**
   * Identifies the change for deduplication downstream: the webhook's `messagebird-request-id`,
   * or `mutation:<op>:<id>` for the gateway's own writes.
   */
  readonly eventId: string;
  /** Where it came from: a verified Bird webhook or a mutation answered by this gateway. */
  readonly source: 'webhook' | 'mutation';
  /**
   * The W3C trace context of the span that published it (webhook intake), so the fan-out span of
   * every instance that delivers it joins the same trace. Absent when tracing is off.
   */
  readonly traceparent?: string;
}

export interface ConversationCreatedEvent extends EventBase {
  readonly type: 'conversation.created';
  readonly conversation: BirdConversation;
}

export interface ConversationUpdatedEvent extends EventBase {
  readonly type: 'conversation.updated';
  readonly conversation: BirdConversation;
}

export interface ConversationDeletedEvent extends EventBase {
  readonly type: 'conversation.deleted';
  readonly conversationId: string;
}

/**
 * A message new to the gateway: derived from a `conversation.updated` whose `lastMessage.id` was not
 * seen before, or published by a send mutation. `message` is present when the publisher already has
 * the full message (a mutation's answer); otherwise consumers fetch it once per event and credential.
 */
export interface MessageAddedEvent extends EventBase {
  readonly type: 'message.added';
  readonly conversationId: string;
  readonly messageId: string;
  readonly message?: BirdMessage;
}

export type GatewayEvent =
  | ConversationCreatedEvent
  | ConversationUpdatedEvent
  | ConversationDeletedEvent
  | MessageAddedEvent;

export type EventListener = (event: GatewayEvent) => void;

/**
 * Publishes events to every listener of the event's workspace, once. The in-process implementation
 * is {@link LocalEventBus}; shared mode puts one on Redis behind the same interface.
 */
export interface EventBus {
  publish(event: GatewayEvent): void;
  /** Listens to one workspace's events; returns the function that stops listening. */
  subscribe(workspaceId: string, listener: EventListener): () => void;
  close(): Promise<void>;
}

/**
 * Remembers keys (webhook request ids, message ids) for a while so a repeated delivery is not
 * published twice. `claim` answers true the first time a key is seen within `ttlMs`, false after.
 * In process by default; shared across instances through Redis in shared mode.
 */
export interface DedupeStore {
  claim(key: string, ttlMs: number): Promise<boolean>;
}
