/**
 * The gateway's four paginated collections, each as a connection over its page loader. The scope
 * string binds cursors to the workspace, the collection and its filters.
 */
import type { GatewayContext } from '../graphql/context.js';
import {
  connection,
  type ConnectionModel,
  type EdgeModel,
  type UpstreamPage,
} from './connection.js';
import type { ConversationsFilter } from '../upstream/client.js';
import { participantRefKey, type ParticipantRef } from '../upstream/participantRef.js';
import { member } from '../ids/objectIds.js';
import type { ParticipantModel } from '../resolvers/models.js';
import type { BirdConversation, BirdMessage, BirdPage } from '../upstream/types.js';

export interface PageArgs {
  readonly first?: number | null;
  readonly after?: string | null;
}

const toPage = <T>(page: BirdPage<T>): UpstreamPage<T> => ({
  items: page.results,
  nextPageToken: page.nextPageToken ?? null,
  total: typeof page.total === 'number' ? page.total : null,
});

const byId = (item: { id: string }) => item.id;

/**
 * The workspace's conversations, newest first, optionally filtered. A filtered list is its own
 * cursor scope: a cursor of one filter is refused by another, as Bird's page tokens are.
 */
export function conversationsConnection(
  ctx: GatewayContext,
  filter: ConversationsFilter,
  args: PageArgs,
): ConnectionModel<BirdConversation> {
  const unfiltered = filter.channelId === null && filter.status === null;
  return connection<BirdConversation>(
    {
      // The unfiltered scope is unchanged, so cursors handed out before filters existed still work.
      scope: ctx.scope(
        unfiltered
          ? 'conversations'
          : `conversations\u0000${filter.channelId ?? ''}\u0000${filter.status ?? ''}`,
      ),
      codec: ctx.cursors,
      fetch: async (page) =>
        toPage(await ctx.loaders.conversationsPage.load({ ...filter, ...page })),
      idOf: byId,
    },
    args,
  );
}

/** A conversation's messages, newest first, with Bird's total. */
export function messagesConnection(
  ctx: GatewayContext,
  conversationId: string,
  args: PageArgs,
): ConnectionModel<BirdMessage> {
  return connection<BirdMessage>(
    {
      scope: ctx.scope(`messages\u0000${conversationId}`),
      codec: ctx.cursors,
      fetch: async (page) =>
        toPage(await ctx.loaders.messagesPage.load({ conversationId, ...page })),
      idOf: byId,
    },
    args,
  );
}

/**
 * A new message as the first edge of its conversation's messages (newest first), for mutation
 * payloads. Its cursor is the position right after it on a first page of one: continuing from it
 * re-reads that page, finds the message by id and goes on to the next page.
 */
export function newestMessageEdge(
  ctx: GatewayContext,
  message: BirdMessage,
): EdgeModel<BirdMessage> {
  const scope = ctx.scope(`messages\u0000${message.conversationId}`);
  return {
    node: message,
    cursor: () =>
      ctx.cursors.encode(scope, { pageToken: null, limit: 1, offset: 1, anchor: message.id }),
  };
}

/** A conversation's participants, each as a member of the conversation. */
export function participantsConnection(
  ctx: GatewayContext,
  conversationId: string,
  args: PageArgs,
): ConnectionModel<ParticipantModel> {
  return connection<ParticipantModel>(
    {
      scope: ctx.scope(`participants\u0000${conversationId}`),
      codec: ctx.cursors,
      fetch: async (page) => {
        const { items, ...rest } = toPage(
          await ctx.loaders.participantsPage.load({ conversationId, ...page }),
        );
        return { ...rest, items: items.map((p) => member(p, conversationId)) };
      },
      idOf: (p) => `${p.type}:${p.id}`,
    },
    args,
  );
}

/** The conversations of one participant on one channel. */
export function participantConversationsConnection(
  ctx: GatewayContext,
  filter: { ref: ParticipantRef; channelId: string; status: string | null },
  args: PageArgs,
): ConnectionModel<BirdConversation> {
  const who = participantRefKey(filter.ref);
  return connection<BirdConversation>(
    {
      scope: ctx.scope(
        `participantConversations\u0000${who}\u0000${filter.channelId}\u0000${filter.status ?? ''}`,
      ),
      codec: ctx.cursors,
      fetch: async (page) =>
        toPage(await ctx.loaders.participantConversationsPage.load({ ...filter, ...page })),
      idOf: byId,
    },
    args,
  );
}
