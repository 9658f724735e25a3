import { describe, expect, it } from 'vitest';
import { decodeGlobalId, encodeGlobalId, type GlobalId } from '../../src/ids/globalId.js';

const conversationId = 'a6a37fac-0e81-4fdd-9b71-2eefeee014aa';
const messageId = '5f09eba9-bcd6-4c2e-af55-27bf87b3209c';
const conversation: GlobalId = { kind: 'Conversation', conversationId };
const message: GlobalId = { kind: 'Message', conversationId, messageId };
const ids: GlobalId[] = [
  conversation,
  message,
  { kind: 'Participant', conversationId, participantId: 'e0b759f7-c366-4223-87a5-d1186ba4644f' },
  { kind: 'MessageSender', conversationId, messageId, participantId: 'not-a-uuid:ü' },
  { kind: 'LastMessageSender', conversationId, messageId, participantId: 'A0B759F7' },
  { kind: 'DeletedConversation', conversationId },
];

describe('global ids', () => {
  it('round-trip every kind, Bird ids that are not lowercase UUIDs included', () => {
    for (const id of ids) expect(decodeGlobalId(encodeGlobalId(id))).toEqual(id);
  });

  it('are compact base64url: 24 characters for a conversation, 47 for a message', () => {
    expect(encodeGlobalId(conversation)).toMatch(/^[A-Za-z0-9_-]{24}$/);
    expect(encodeGlobalId(message)).toHaveLength(47);
  });

  it('are distinct for the same Bird ids under different kinds', () => {
    const sender = { conversationId, messageId, participantId: messageId };
    const a = encodeGlobalId({ kind: 'MessageSender', ...sender });
    const b = encodeGlobalId({ kind: 'LastMessageSender', ...sender });
    expect(a).not.toBe(b);
    const deleted = encodeGlobalId({ kind: 'DeletedConversation', conversationId });
    expect(deleted).not.toBe(encodeGlobalId(conversation));
  });

  it('reject Bird ids, damaged and non-canonical text', () => {
    const good = encodeGlobalId(message);
    for (const bad of [
      conversationId,
      'nope',
      '',
      good.slice(0, -2),
      `${good}A`,
      `${good}=`,
      'AA',
    ]) {
      expect(decodeGlobalId(bad)).toBeNull();
    }
  });
});
