import { randomUUID } from 'node:crypto';
import { badUserInput } from '../graphql/errors.js';
import type { MutationResolvers } from '../generated/graphql.js';
import {
  birdInitialMessage,
  birdParticipant,
  birdRecipients,
  birdBody,
  content,
  present,
} from '../upstream/requests.js';
import { knownEnum } from './enums.js';
import { participantRef } from './participantRef.js';

const MAX_PARTICIPANTS = 5;

/** Fields of an update that Bird cannot clear: null is refused instead of sent. */
function notNull(input: Record<string, unknown>, fields: readonly string[]): void {
  for (const field of fields) {
    if (input[field] === null) {
      throw badUserInput(`\`${field}\` cannot be cleared; leave it out to keep it.`, {
        [field]: ['cannot be null'],
      });
    }
  }
}

export const Mutation: MutationResolvers = {
  createConversation: async (_, { input }, ctx) => {
    const participants = input.participants ?? [];
    if (participants.length > MAX_PARTICIPANTS) {
      throw badUserInput(`A conversation starts with at most ${MAX_PARTICIPANTS} participants.`, {
        participants: [`at most ${MAX_PARTICIPANTS}`],
      });
    }
    // A generated reference lets an uncertain send be checked instead of repeated.
    const reference = input.initialMessage
      ? (input.initialMessage.reference ?? randomUUID())
      : null;
    const body = {
      ...present(input, ['name', 'description', 'channelId', 'attributes']),
      ...present(
        {
          visibility: knownEnum(input.visibility, 'visibility') ?? undefined,
          accessibility: knownEnum(input.accessibility, 'accessibility') ?? undefined,
        },
        ['visibility', 'accessibility'],
      ),
      ...(participants.length === 0
        ? {}
        : {
            participants: participants.map((p, i) =>
              birdParticipant(p, 'create', `participants[${i}]`),
            ),
          }),
      ...(input.initialMessage && reference !== null
        ? { initialMessage: birdInitialMessage(input.initialMessage, reference) }
        : {}),
    };
    const conversation = await ctx.client.createConversation(body, reference);
    ctx.loaders.primeConversation(conversation);
    return { conversation };
  },

  replyToConversation: async (_, { input }, ctx) => {
    const reference = input.reference ?? randomUUID();
    const body = {
      participantId: input.participantId,
      participantType: knownEnum(input.participantType, 'participantType'),
      ...content(input, 'input'),
      ...(input.recipients == null ? {} : { recipients: birdRecipients(input.recipients) }),
      ...present(input, ['replyToMessageId', 'draft', 'addMissingParticipants']),
      reference,
    };
    const message = await ctx.client.createMessage(input.conversationId, body, reference);
    ctx.loaders.primeMessage(message);
    return { message };
  },

  updateConversation: async (_, { input }, ctx) => {
    notNull(input, ['status', 'visibility', 'accessibility']);
    const patch = {
      ...present(input, ['name', 'description', 'attributes']),
      ...present(
        {
          status: knownEnum(input.status, 'status') ?? undefined,
          visibility: knownEnum(input.visibility, 'visibility') ?? undefined,
          accessibility: knownEnum(input.accessibility, 'accessibility') ?? undefined,
        },
        ['status', 'visibility', 'accessibility'],
      ),
    };
    if (Object.keys(patch).length === 0) {
      throw badUserInput('Nothing to change: give at least one field besides `id`.');
    }
    const conversation = await ctx.client.updateConversation(input.id, patch);
    ctx.loaders.primeConversation(conversation);
    return { conversation };
  },

  deleteConversation: async (_, { input }, ctx) => {
    await ctx.client.deleteConversation(input.id);
    ctx.loaders.conversation.clear(input.id);
    return { deletedConversationId: input.id };
  },

  updateMessage: async (_, { input }, ctx) => {
    const patch = {
      ...(input.body == null ? {} : { body: birdBody(input.body) }),
      ...(input.recipients == null ? {} : { recipients: birdRecipients(input.recipients) }),
      ...(input.draft == null ? {} : { draft: input.draft }),
    };
    if (Object.keys(patch).length === 0) {
      throw badUserInput('Nothing to change: give `body`, `recipients` or `draft`.');
    }
    const message = await ctx.client.updateMessage(input.conversationId, input.id, patch);
    ctx.loaders.primeMessage(message);
    return { message };
  },

  deleteMessage: async (_, { input }, ctx) => {
    await ctx.client.deleteMessage(input.conversationId, input.id);
    ctx.loaders.message.clear({ conversationId: input.conversationId, id: input.id });
    return { deletedMessageId: input.id };
  },

  addParticipant: (_, { input }, ctx) =>
    ctx.client.addParticipant(
      input.conversationId,
      birdParticipant(input.participant, 'add', 'participant'),
    ),

  updateParticipant: async (_, { input }, ctx) => {
    const status = knownEnum(input.status, 'status') ?? 'active';
    const ref = participantRef({ ...input, id: input.participantId }, 'participantId');
    return { participant: await ctx.client.updateParticipant(input.conversationId, ref, status) };
  },

  removeParticipant: async (_, { input }, ctx) => {
    await ctx.client.removeParticipant(input.conversationId, input.participantId);
    return { removedParticipantId: input.participantId };
  },

  createUploadUrl: (_, { input }, ctx) =>
    ctx.client.createPresignedUpload(input.conversationId, input.contentType),
};
