import { randomUUID } from 'node:crypto';
import type { BirdMessageBody } from '../types.js';
import { previewOf } from './messageContent.js';
import { markSent } from './messages.js';
import { touch } from './participants.js';
import type { ConversationRecord, MessageRecord } from './records.js';
import { invalid } from './storeError.js';
import type { WorkspaceState } from './workspaceState.js';

/**
 * A message from the conversation's contact arriving over the channel, as Bird records inbound
 * messages: source `channels`, status `delivered`, no recipients. It becomes `lastMessage` and
 * fires `conversation.updated`, as every inbound message does in production (bird-api.md §7).
 */
export function receiveInbound(
  ws: WorkspaceState,
  conversation: ConversationRecord,
  body: BirdMessageBody,
): MessageRecord {
  const contact = [...conversation.participants.values()].find((p) => p.type === 'contact');
  if (contact === undefined) throw invalid('.conversationId', 'The conversation has no contact');
  if (conversation.status === 'closed') {
    // An inbound message on a closed thread reopens nothing in the simulator; Bird would open a
    // new conversation, which the caller can do with POST /conversations.
    throw invalid('.conversationId', 'The conversation is closed');
  }
  const now = ws.clock.now();
  const message: MessageRecord = {
    id: randomUUID(),
    conversationId: conversation.id,
    reference: '',
    sender: { ...contact },
    draft: false,
    status: 'delivered',
    reason: null,
    details: null,
    source: 'channels',
    body,
    template: null,
    recipients: [],
    preview: previewOf(body),
    replyToMessageId: null,
    createdAt: now,
    updatedAt: now,
    rev: 0,
  };
  conversation.messages.insert(message);
  ws.messages.set(message.id, message);
  markSent(conversation, message);
  touch(ws, conversation);
  return message;
}
