import type { MessagePreviewResolvers } from '../generated/graphql.js';
import { lastMessageSender, messageGlobalId } from '../ids/objectIds.js';
import { UNKNOWN } from './enums.js';

export const MessagePreview: MessagePreviewResolvers = {
  type: (p) => p.type ?? UNKNOWN,
  text: (p) => p.preview?.text ?? '',
  status: (p) => p.status ?? null,
  messageId: (p) => messageGlobalId(p.conversationId, p.id),
  messageBirdId: (p) => p.id,
  sender: (p) => (p.sender ? lastMessageSender(p.sender, p.conversationId, p.id) : null),
  incoming: (p) => (p.sender ? p.sender.type === 'contact' : null),
  recipients: (p) => p.recipients ?? [],
  message: (p, _, ctx) => ctx.loaders.message.load({ conversationId: p.conversationId, id: p.id }),
};
