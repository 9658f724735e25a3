import { describe, expect, it, vi } from 'vitest';
import type { ConversationEvent } from '../../../src/simulator/index.js';
import { withSimulator } from '../../helpers/simulator.js';
import { conversationShape } from './birdShapes.js';

describe('the conversation event hook', () => {
  const client = withSimulator();

  it('announces created, updated and deleted with the conversation as GET serves it', async () => {
    const events: ConversationEvent[] = [];
    const unsubscribe = client().sim.onEvent((event) => events.push(event));
    try {
      const created = await client().expect(conversationShape, 201, 'POST', '/conversations', {
        body: { name: 'Evented' },
      });
      await client().call('PATCH', `/conversations/${created.id}`, { body: { name: 'Renamed' } });
      const fetched = await client().expect(
        conversationShape,
        200,
        'GET',
        `/conversations/${created.id}`,
      );
      await client().call('DELETE', `/conversations/${created.id}`);
      expect(events.map((e) => [e.service, e.event])).toEqual([
        ['conversations', 'conversation.created'],
        ['conversations', 'conversation.updated'],
        ['conversations', 'conversation.deleted'],
      ]);
      expect(events[0]?.payload).toEqual(created);
      expect(events[1]?.payload).toEqual(fetched);
      expect(events[2]?.payload).toMatchObject({ id: created.id, status: 'deleted' });
    } finally {
      unsubscribe();
    }
  });

  it('announces a reply and a participant change as conversation.updated', async () => {
    const created = await client().expect(conversationShape, 201, 'POST', '/conversations', {
      body: {
        name: 'Test conversation',
        channelId: '5da69b04-d462-5efd-9b65-28dbae1e0482',
        participants: [
          { type: 'contact', identifierKey: 'phonenumber', identifierValue: '+31611111111' },
        ],
      },
    });
    const events: ConversationEvent[] = [];
    const unsubscribe = client().sim.onEvent((event) => events.push(event));
    await client().call('POST', `/conversations/${created.id}/messages`, {
      body: {
        participantId: client().tenant.accessKeyId,
        participantType: 'accessKey',
        body: { type: 'text', text: { text: 'hi' } },
      },
    });
    await client().call('POST', `/conversations/${created.id}/participants`, {
      body: {
        type: 'contact',
        contact: { identifierKey: 'phonenumber', identifierValue: '+31622222222' },
      },
    });
    unsubscribe();
    await client().call('PATCH', `/conversations/${created.id}`, {
      body: { name: 'after unsubscribe' },
    });
    expect(events.map((e) => e.event)).toEqual(['conversation.updated', 'conversation.updated']);
    expect(events[0]?.payload.lastMessage?.preview.text).toBe('hi');
    expect(events[1]?.payload.activeParticipantCount).toBe(3);
  });

  it('keeps serving the request when a listener throws', async () => {
    const unsubscribe = client().sim.onEvent(() => {
      throw new Error('listener bug');
    });
    const errorLog = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const response = await client().call('POST', '/conversations', {
        body: { name: 'still created' },
      });
      expect(response.status).toBe(201);
      expect(errorLog).toHaveBeenCalledOnce();
    } finally {
      errorLog.mockRestore();
      unsubscribe();
    }
  });
});
