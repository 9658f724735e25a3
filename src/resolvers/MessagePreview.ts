import type { MessagePreviewResolvers } from '../generated/graphql.js';
import { UNKNOWN } from './enums.js';

export const MessagePreview: MessagePreviewResolvers = {
  type: (p) => p.type ?? UNKNOWN,
  text: (p) => p.preview?.text ?? '',
  status: (p) => p.status ?? null,
  sender: (p) => p.sender ?? null,
  incoming: (p) => (p.sender ? p.sender.type === 'contact' : null),
  recipients: (p) => p.recipients ?? [],
  message: (p, _, ctx) => ctx.loaders.message.load({ conversationId: p.conversationId, id: p.id }),
};
