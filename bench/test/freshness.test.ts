import { describe, expect, it } from 'vitest';
import { encodeGlobalId } from '../../src/ids/globalId.js';
import { checkFreshness, idsIn, type KnownMessage } from '../freshness.js';
import { acknowledged } from '../inboundStream.js';

const known: KnownMessage[] = [
  { conversationId: 'c1', messageId: 'm1', knownAt: 1000 },
  { conversationId: 'c1', messageId: 'm2', knownAt: 2000 },
  { conversationId: 'c2', messageId: 'm3', knownAt: 2950 },
];

describe('checkFreshness (the budget scenario’s staleness check)', () => {
  it('requires the newest message of each conversation acknowledged more than 100 ms before the ask', () => {
    // m3 was acknowledged 50 ms before the ask: not yet required. m1 has been superseded by m2.
    const fresh = { requestedAt: 3000, ids: new Set(['c1', 'm2', 'c2']) };
    expect(checkFreshness([fresh], known)).toMatchObject({ checked: 1, stale: 0 });
  });

  it('counts a screen missing an acknowledged message as stale, with how long it had been known', () => {
    const stale = { requestedAt: 3000, ids: new Set(['c1', 'm1', 'c2']) };
    expect(checkFreshness([stale], known)).toEqual({
      checked: 1,
      stale: 1,
      maxLagMs: 1000,
      p50LagMs: 1000,
    });
  });
});

describe('idsIn', () => {
  it('reads Bird’s ids out of the gateway’s global ids, anywhere in the answer', () => {
    const conversationId = '77c5f0e5-9883-44e1-b75c-0326981594b6';
    const messageId = '0f8fad5b-d9cb-469f-a165-70867728950e';
    const answer = {
      conversations: {
        edges: [
          {
            node: {
              id: encodeGlobalId({ kind: 'Conversation', conversationId }),
              lastMessage: {
                messageId: encodeGlobalId({ kind: 'Message', conversationId, messageId }),
              },
            },
          },
        ],
      },
    };
    const ids = idsIn(answer);
    expect(ids.has(conversationId)).toBe(true);
    expect(ids.has(messageId)).toBe(true);
  });
});

describe('acknowledged', () => {
  it('pairs each message with its conversation’s next 2xx delivery, ignoring failures and older runs', () => {
    const stored = [
      { conversationId: 'c1', messageId: 'm1', storedAt: 100 },
      { conversationId: 'c2', messageId: 'm2', storedAt: 110 },
      { conversationId: 'c1', messageId: 'm3', storedAt: 120 },
    ];
    const attempts = [
      { event: 'conversation.updated', conversationId: 'c1', status: 204, at: 50 },
      { event: 'conversation.updated', conversationId: 'c1', status: 500, at: 101 },
      { event: 'conversation.updated', conversationId: 'c1', status: 204, at: 105 },
      { event: 'conversation.updated', conversationId: 'c1', status: 204, at: 125 },
    ];
    expect(acknowledged(stored, attempts, 90)).toEqual({
      known: [
        { conversationId: 'c1', messageId: 'm1', knownAt: 105 },
        { conversationId: 'c1', messageId: 'm3', knownAt: 125 },
      ],
      unacknowledged: 1,
    });
  });
});
