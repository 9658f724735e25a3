/**
 * `node(id:)` and `nodes(ids:)`: any object by its global id, through the operation's loaders, so
 * an object the operation already has costs no call and ids naming the same object cost one.
 */
import type { GatewayContext } from '../graphql/context.js';
import { badUserInput, notFound } from '../graphql/errors.js';
import type { ParticipantModel } from '../resolvers/models.js';
import type { BirdConversation, BirdMessage } from '../upstream/types.js';
import { decodeGlobalId, type GlobalId } from './globalId.js';
import { lastMessageSender, member, messageSender } from './objectIds.js';

/** What `node` resolves to (the parents of the `Node` types). */
export type NodeModel = BirdConversation | BirdMessage | ParticipantModel;

/** The most ids one `nodes` field takes (the page-size limit of connections). */
export const MAX_NODES = 100;

/** Decodes a `node`/`nodes` argument; BAD_USER_INPUT when it is not a global id. */
export function nodeIdArg(value: string, name: string): GlobalId {
  const id = decodeGlobalId(value);
  if (id === null) {
    throw badUserInput(
      `\`${name}\` is not a global id. Pass an \`id\` field of this API; Bird ids go to the ` +
        'arguments of `conversation`, `message` and `participant`.',
      { [name]: ['not a global id'] },
    );
  }
  return id;
}

/** Loads the object a global id names; NOT_FOUND (from Bird or here) when it is gone. */
export async function loadNode(ctx: GatewayContext, id: GlobalId): Promise<NodeModel> {
  const { loaders } = ctx;
  switch (id.kind) {
    case 'Conversation':
      return loaders.conversation.load(id.conversationId);
    case 'Message':
      return loaders.message.load({ conversationId: id.conversationId, id: id.messageId });
    case 'Participant': {
      const ref = { id: id.participantId };
      const p = await loaders.participant.load({ conversationId: id.conversationId, ref });
      return member(p, id.conversationId);
    }
    case 'MessageSender': {
      const key = { conversationId: id.conversationId, id: id.messageId };
      const message = await loaders.message.load(key);
      if (message.sender.id !== id.participantId) throw gone('message has another sender');
      return messageSender(message);
    }
    case 'LastMessageSender': {
      const last = (await loaders.conversation.load(id.conversationId)).lastMessage;
      if (last?.id !== id.messageId || last.sender?.id !== id.participantId) {
        throw gone("conversation's last message has changed");
      }
      return lastMessageSender(last.sender, id.conversationId, id.messageId);
    }
    case 'DeletedConversation':
      // A deletion is an event, not an object Bird keeps: there is nothing to fetch again.
      throw notFound('A deleted conversation cannot be fetched: it no longer exists.');
  }
}

function gone(why: string): Error {
  return notFound(`No such participant any more: the ${why}. Fetch the conversation again.`);
}

/**
 * Loads several objects, in order. Every id is checked before any call; each object that is gone
 * fails only its own position.
 */
export function loadNodes(ctx: GatewayContext, ids: readonly string[]): Promise<NodeModel>[] {
  if (ids.length > MAX_NODES) {
    throw badUserInput(`\`ids\` takes at most ${MAX_NODES} ids; got ${ids.length}.`, {
      ids: [`at most ${MAX_NODES}`],
    });
  }
  const decoded = ids.map((id, i) => nodeIdArg(id, `ids[${i}]`));
  return decoded.map((id) => loadNode(ctx, id));
}
