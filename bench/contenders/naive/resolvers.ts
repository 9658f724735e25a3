/**
 * Resolvers as a first version has them: each field calls the data source directly, no loaders,
 * no batching; the connection cursor is Bird's page token.
 */
import type {
  BirdConversation,
  BirdMessage,
  BirdMessageBody,
  BirdPage,
  BirdParticipant,
} from '../../../src/upstream/types.js';
import { isRecord, stringAt } from '../../json.js';
import type { BirdAPI } from './birdApi.js';

export interface NaiveContext {
  readonly bird: BirdAPI;
}

interface PageArgs {
  readonly first?: number | null;
  readonly after?: string | null;
}

interface ReplyInput {
  readonly conversationId: string;
  readonly participantId: string;
  readonly participantType: 'ACCESS_KEY' | 'USER' | 'FLOW' | 'CONTACT';
  readonly body: { readonly text?: { readonly text: string } | null };
  readonly reference?: string | null;
  readonly addMissingParticipants?: boolean | null;
}

const PARTICIPANT_TYPES = {
  ACCESS_KEY: 'accessKey',
  USER: 'user',
  FLOW: 'flow',
  CONTACT: 'contact',
} as const;

function connection<T>(page: BirdPage<T>) {
  const cursor = page.nextPageToken ?? '';
  return {
    edges: page.results.map((node) => ({ cursor, node })),
    nodes: page.results,
    totalCount: page.total ?? null,
    pageInfo: { hasNextPage: Boolean(page.nextPageToken), endCursor: page.nextPageToken ?? null },
  };
}

function participantType(p: BirdParticipant): string {
  if (p.type === 'contact') return 'ContactParticipant';
  if (p.type === 'user') return 'UserParticipant';
  if (p.type === 'accessKey') return 'AccessKeyParticipant';
  return 'OtherParticipant';
}

function previewText(m: BirdMessage): string {
  const body = m.body;
  if (body?.type === 'text') return stringAt(body, 'text', 'text') ?? '';
  if (body?.type === 'html') {
    return stringAt(body, 'html', 'text') ?? stringAt(body, 'html', 'metadata', 'subject') ?? '';
  }
  return `[${body?.type ?? 'message'}]`;
}

export const resolvers = {
  Query: {
    conversations: async (_: unknown, args: PageArgs, ctx: NaiveContext) =>
      connection(await ctx.bird.listConversations(args.first ?? 10, args.after ?? null)),
    conversation: (_: unknown, args: { id: string }, ctx: NaiveContext) =>
      ctx.bird.getConversation(args.id),
    messages: async (_: unknown, args: PageArgs & { conversationId: string }, ctx: NaiveContext) =>
      connection(
        await ctx.bird.listMessages(args.conversationId, args.first ?? 10, args.after ?? null),
      ),
  },
  Mutation: {
    replyToConversation: async (
      _: unknown,
      { input }: { input: ReplyInput },
      ctx: NaiveContext,
    ) => {
      const message = await ctx.bird.createMessage(input.conversationId, {
        participantId: input.participantId,
        participantType: PARTICIPANT_TYPES[input.participantType],
        body: { type: 'text', text: { text: input.body.text?.text ?? '' } },
        ...(input.reference == null ? {} : { reference: input.reference }),
        ...(input.addMissingParticipants == null
          ? {}
          : { addMissingParticipants: input.addMissingParticipants }),
      });
      return { message };
    },
  },
  Conversation: {
    featuredParticipants: (c: BirdConversation) => c.featuredParticipants ?? [],
    lastMessage: (c: BirdConversation) =>
      c.lastMessage
        ? {
            id: c.lastMessage.id,
            messageId: c.lastMessage.id,
            text: c.lastMessage.preview?.text ?? '',
            createdAt: c.lastMessage.createdAt,
          }
        : null,
    messages: async (c: BirdConversation, args: PageArgs, ctx: NaiveContext) =>
      connection(await ctx.bird.listMessages(c.id, args.first ?? 10, args.after ?? null)),
  },
  Message: {
    reference: (m: BirdMessage) => (m.reference === '' ? null : (m.reference ?? null)),
    draft: (m: BirdMessage) => m.draft ?? false,
    previewText,
    body: (m: BirdMessage) => m.body ?? null,
  },
  Participant: { __resolveType: participantType },
  ParticipantBase: { __resolveType: participantType },
  ContactParticipant: {
    identifierKey: (p: BirdParticipant) => p.contact?.identifierKey ?? null,
    identifierValue: (p: BirdParticipant) => p.contact?.identifierValue ?? null,
  },
  MessageBody: {
    __resolveType: (b: BirdMessageBody) =>
      b.type === 'text' ? 'TextBody' : b.type === 'html' ? 'HtmlBody' : 'OtherBody',
  },
  TextBody: { text: (b: BirdMessageBody) => stringAt(b, 'text', 'text') ?? '' },
  HtmlBody: {
    subject: (b: BirdMessageBody) => stringAt(b, 'html', 'metadata', 'subject'),
    text: (b: BirdMessageBody) => (isRecord(b.html) ? stringAt(b.html, 'text') : null),
  },
};
