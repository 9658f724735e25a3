import { conversationDto } from '../render/conversation.js';
import type { ConversationRecord } from '../store/records.js';
import type { ConversationChange } from '../store/workspaceState.js';
import type { ConversationEvent } from '../types.js';

/** Bird's webhook previews are cut to about 140 characters (bird-api.md §7). */
export const WEBHOOK_PREVIEW_LENGTH = 140;

/**
 * The body Bird posts for a conversation event: `{service, event, payload}` with the conversation
 * as GET serves it, except that `lastMessage.preview.text` is cut to 140 characters. There is no
 * event id and no event time: `payload.id` is the conversation and `payload.updatedAt` orders.
 */
export function webhookEvent(
  change: ConversationChange,
  conversation: ConversationRecord,
): ConversationEvent {
  const payload = conversationDto(conversation, change === 'deleted');
  const last = payload.lastMessage;
  if (last !== undefined) {
    const chars = Array.from(last.preview.text);
    if (chars.length > WEBHOOK_PREVIEW_LENGTH) {
      payload.lastMessage = {
        ...last,
        preview: { text: chars.slice(0, WEBHOOK_PREVIEW_LENGTH).join('') },
      };
    }
  }
  return { service: 'conversations', event: `conversation.${change}`, payload };
}
