/**
 * `createConversation(input: {ifContactInConversation: CONTINUE})`: when Bird refuses a new
 * conversation because the contact already has an active one on the channel (409
 * ContactAlreadyInConversation, bird-api.md §7), the initial message goes into that conversation
 * instead. It is sent as a flow through the channel (participantType `flow`, the channel id as
 * participantId), the way production integrations send without knowing their key's participant id.
 */
import { GraphQLError } from 'graphql';
import type { GatewayContext } from '../graphql/context.js';
import type { BirdCreateConversationRequest } from '../upstream/requests.js';
import type { BirdConversation } from '../upstream/types.js';

/** The conversation id a CONTACT_ALREADY_IN_CONVERSATION error names, or null for any other error. */
export function existingConversationOf(err: unknown): string | null {
  if (!(err instanceof GraphQLError)) return null;
  const { code, conversationId } = err.extensions;
  return code === 'CONTACT_ALREADY_IN_CONVERSATION' && typeof conversationId === 'string'
    ? conversationId
    : null;
}

/**
 * Sends the would-be initial message into `conversationId` (when there is one) and returns the
 * conversation as it is now. `reference` is the initial message's, so an uncertain send can still
 * be checked by it.
 */
export async function continueConversation(
  ctx: GatewayContext,
  conversationId: string,
  body: BirdCreateConversationRequest,
  reference: string | null,
): Promise<BirdConversation> {
  const initial = body.initialMessage;
  if (initial !== undefined && reference !== null && body.channelId !== undefined) {
    const message = await ctx.client.createMessage(
      conversationId,
      { ...initial, participantType: 'flow', participantId: body.channelId },
      reference,
    );
    ctx.loaders.primeMessage(message);
    await ctx.loaders.cache.messageWritten(conversationId, message.id);
  }
  return ctx.loaders.conversation.load(conversationId);
}
