import type { MessageResolvers } from '../generated/graphql.js';
import { conversationGlobalId, messageGlobalId, messageSender } from '../ids/objectIds.js';
import { previewText, taggedBody } from './body.js';

export const Message: MessageResolvers = {
  id: (m) => messageGlobalId(m.conversationId, m.id),
  birdId: (m) => m.id,
  conversationId: (m) => conversationGlobalId(m.conversationId),
  sender: messageSender,
  conversation: (m, _, ctx) => ctx.loaders.conversation.load(m.conversationId),
  // Bird sends "" for "no reference"; null says it better.
  reference: (m) => (m.reference === '' ? null : (m.reference ?? null)),
  recipients: (m) => m.recipients ?? [],
  draft: (m) => m.draft ?? false,
  reason: (m) => m.reason ?? null,
  details: (m) => m.details ?? null,
  // Bird's messages have no direction; integrations take a contact's message as incoming (§7).
  incoming: (m) => m.sender.type === 'contact',
  source: (m) => m.source ?? null,
  body: (m) => taggedBody(m),
  previewText: (m) => previewText(taggedBody(m)),
  interactions: (m) => m.interactions ?? null,
};
