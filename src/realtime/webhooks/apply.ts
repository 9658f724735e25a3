/**
 * Turns a verified, parsed conversation delivery into gateway events: applies it only if newer than
 * what is known for the conversation (see versions.ts), then publishes the conversation event and,
 * when its `lastMessage` is one not announced before, `message.added`.
 */
import type { BirdConversation } from '../../upstream/types.js';
import type { DedupeStore, EventBus } from '../events.js';
import { messageDedupeKey } from '../keys.js';
import type { ConversationEventName } from './envelope.js';
import type { ConversationVersions } from './versions.js';

export interface ApplyDeps {
  readonly bus: EventBus;
  readonly dedupe: DedupeStore;
  readonly versions: ConversationVersions;
  /** How long a message id stays claimed: as long as a webhook naming it may still be accepted. */
  readonly messageTtlMs: number;
}

/** `applied`: events were published; `stale`: older than (or the same as) what is known. */
export type ApplyOutcome = 'applied' | 'stale';

/** Applies one delivery of `workspaceId`; `eventId` is the delivery's request id. */
export async function applyDelivery(
  deps: ApplyDeps,
  workspaceId: string,
  eventId: string,
  event: ConversationEventName,
  conversation: BirdConversation,
): Promise<ApplyOutcome> {
  const base = { workspaceId, eventId, source: 'webhook' } as const;
  if (event === 'conversation.deleted') {
    if (!deps.versions.delete(workspaceId, conversation.id)) return 'stale';
    deps.bus.publish({ ...base, type: event, conversationId: conversation.id });
    return 'applied';
  }
  if (!deps.versions.advance(workspaceId, conversation.id, conversation.updatedAt)) return 'stale';
  deps.bus.publish({ ...base, type: event, conversation });
  const messageId = conversation.lastMessage?.id;
  // A created conversation may carry its first message too; it is announced like any other.
  if (
    messageId !== undefined &&
    (await deps.dedupe.claim(messageDedupeKey(workspaceId, messageId), deps.messageTtlMs))
  ) {
    deps.bus.publish({
      ...base,
      type: 'message.added',
      conversationId: conversation.id,
      messageId,
    });
  }
  return 'applied';
}
