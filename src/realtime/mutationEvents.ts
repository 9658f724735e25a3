/**
 * What the gateway's own mutations publish once Bird has accepted them, so subscribers see a change
 * made through the gateway at once instead of when Bird's webhook for it arrives. A new message is
 * claimed in the shared {@link DedupeStore} under {@link messageDedupeKey} first: whichever of the
 * mutation and webhook intake claims it first publishes it, the other does not.
 */
import type { DedupeStore, EventBus } from './events.js';
import { messageDedupeKey } from './keys.js';
import type { Logger } from '../observability/logger.js';
import type { Credentials } from '../upstream/client.js';
import type { BirdConversation, BirdMessage } from '../upstream/types.js';

/** How long a sent message's id is remembered: Bird retries a webhook for hours. */
export const MESSAGE_DEDUPE_TTL_MS = 24 * 60 * 60 * 1000;

/** Reads a conversation from Bird with given credentials. */
export interface ConversationReader {
  getConversation(id: string): Promise<BirdConversation>;
}

/**
 * A Bird client of its own for a mutation's follow-up read: the mutation's client reports its
 * calls in the answer's `extensions.cost`, which must not count work done after the answer.
 */
export type ReaderFor = (credentials: Credentials) => ConversationReader;

/**
 * Every method takes the workspace of the mutation's credentials (undefined publishes nothing: a
 * mutation that reached Bird always had credentials) and never throws.
 */
export class MutationEvents {
  constructor(
    private readonly bus: EventBus,
    private readonly dedupe: DedupeStore,
    private readonly logger: Logger,
    private readonly readerFor: ReaderFor,
    /** Whether anyone listens to a workspace: a re-read nobody receives is not worth a GET. */
    private readonly watched: (workspaceId: string) => boolean,
  ) {}

  /** A conversation was started; with an initial message, that message is new too. */
  async conversationCreated(
    workspaceId: string | undefined,
    conversation: BirdConversation,
  ): Promise<void> {
    if (workspaceId === undefined) return;
    this.bus.publish({
      type: 'conversation.created',
      workspaceId,
      eventId: `mutation:createConversation:${conversation.id}`,
      source: 'mutation',
      conversation,
    });
    const first = conversation.lastMessage;
    if (first) await this.#messageAdded(workspaceId, conversation.id, first.id);
  }

  conversationUpdated(workspaceId: string | undefined, conversation: BirdConversation): void {
    if (workspaceId === undefined) return;
    this.bus.publish({
      type: 'conversation.updated',
      workspaceId,
      eventId: `mutation:updateConversation:${conversation.id}:${conversation.updatedAt}`,
      source: 'mutation',
      conversation,
    });
  }

  conversationDeleted(workspaceId: string | undefined, conversationId: string): void {
    if (workspaceId === undefined) return;
    this.bus.publish({
      type: 'conversation.deleted',
      workspaceId,
      eventId: `mutation:deleteConversation:${conversationId}`,
      source: 'mutation',
      conversationId,
    });
  }

  /**
   * A reply was sent: publishes the message, then the conversation as it is now (its last message
   * changed), read with the sender's credentials: an extra GET after the answer, made only while
   * the workspace has subscribers (Bird's own webhook reports the change later in any case). Failures are logged, never thrown: the send
   * itself succeeded.
   */
  async messageSent(credentials: Credentials | null, message: BirdMessage): Promise<void> {
    if (credentials === null) return;
    const { workspaceId } = credentials;
    try {
      await this.#messageAdded(workspaceId, message.conversationId, message.id, message);
      if (!this.watched(workspaceId)) return;
      const reader = this.readerFor(credentials);
      const conversation = await reader.getConversation(message.conversationId);
      this.conversationUpdated(workspaceId, conversation);
    } catch (err) {
      this.logger.warn({ err, workspaceId }, 'could not publish the events of a sent message');
    }
  }

  async #messageAdded(
    workspaceId: string,
    conversationId: string,
    messageId: string,
    message?: BirdMessage,
  ): Promise<void> {
    const first = await this.dedupe.claim(
      messageDedupeKey(workspaceId, messageId),
      MESSAGE_DEDUPE_TTL_MS,
    );
    if (!first) return;
    this.bus.publish({
      type: 'message.added',
      workspaceId,
      eventId: `mutation:message:${messageId}`,
      source: 'mutation',
      conversationId,
      messageId,
      ...(message === undefined ? {} : { message }),
    });
  }
}
