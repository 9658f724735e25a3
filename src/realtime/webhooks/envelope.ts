/**
 * The body of a Bird webhook delivery: `{service, event, payload}`, where `payload` is the
 * conversation (bird-api.md §4, §7). Only the fields the intake relies on are checked; the rest of
 * the conversation passes through as Bird sent it, like every upstream answer.
 */
import type { BirdConversation } from '../../upstream/types.js';

export const CONVERSATION_EVENTS = [
  'conversation.created',
  'conversation.updated',
  'conversation.deleted',
] as const;

export type ConversationEventName = (typeof CONVERSATION_EVENTS)[number];

export type ParsedDelivery =
  | {
      readonly kind: 'conversation';
      readonly event: ConversationEventName;
      readonly conversation: BirdConversation;
    }
  /** A well-formed envelope for an event the gateway does not handle: answered 2xx, ignored. */
  | { readonly kind: 'unknown'; readonly service: string; readonly event: string }
  /** Not JSON, or not the envelope of a conversation event: answered 400. */
  | { readonly kind: 'malformed'; readonly reason: string };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isEventName = (event: string): event is ConversationEventName =>
  (CONVERSATION_EVENTS as readonly string[]).includes(event);

/** Parses a verified body. Never throws; the reason of a malformed body names no body content. */
export function parseDelivery(body: Buffer): ParsedDelivery {
  let json: unknown;
  try {
    json = JSON.parse(body.toString('utf8'));
  } catch {
    return { kind: 'malformed', reason: 'the body is not JSON' };
  }
  if (!isRecord(json)) return { kind: 'malformed', reason: 'the body is not a JSON object' };
  const { service, event, payload } = json;
  if (typeof service !== 'string' || typeof event !== 'string') {
    return { kind: 'malformed', reason: 'the body has no "service" and "event" strings' };
  }
  if (service !== 'conversations' || !isEventName(event)) {
    return { kind: 'unknown', service: service.slice(0, 64), event: event.slice(0, 64) };
  }
  return conversationDelivery(event, payload);
}

function conversationDelivery(event: ConversationEventName, payload: unknown): ParsedDelivery {
  if (!isRecord(payload) || typeof payload.id !== 'string' || payload.id === '') {
    return { kind: 'malformed', reason: 'the payload is not a conversation with an id' };
  }
  // Ordering needs updatedAt on every state change; a deletion is applied whatever its time.
  if (event !== 'conversation.deleted' && !isTimestamp(payload.updatedAt)) {
    return { kind: 'malformed', reason: 'the conversation has no valid "updatedAt"' };
  }
  const { lastMessage } = payload;
  if (lastMessage !== undefined && lastMessage !== null) {
    if (!isRecord(lastMessage) || typeof lastMessage.id !== 'string') {
      return { kind: 'malformed', reason: '"lastMessage" has no id' };
    }
  }
  // Checked above where the intake depends on it; the rest is Bird's conversation as sent.
  return { kind: 'conversation', event, conversation: payload as unknown as BirdConversation };
}

/** RFC 3339 as Bird writes it (fractions up to nanoseconds, `Z` or an offset). */
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:Z|[+-]\d{2}:\d{2})$/i;

function isTimestamp(value: unknown): value is string {
  return typeof value === 'string' && RFC3339.test(value) && !Number.isNaN(Date.parse(value));
}
