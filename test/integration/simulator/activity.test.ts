import { describe, expect, it } from 'vitest';
import type { ConversationEvent } from '../../../src/simulator/index.js';
import { withSimulator, type SimulatorClient } from '../../helpers/simulator.js';
import { conversationShape, messageShape } from './birdShapes.js';

const SMS_CHANNEL = '5da69b04-d462-5efd-9b65-28dbae1e0482';
const WHATSAPP_CHANNEL = '199f0353-fcb8-41b2-afd6-614c6baf3850';

async function sendOne(client: SimulatorClient, channelId: string, phone: string) {
  const created = await client.expect(conversationShape, 201, 'POST', '/conversations', {
    body: {
      name: 'Statuses',
      channelId,
      participants: [{ type: 'contact', identifierKey: 'phonenumber', identifierValue: phone }],
    },
  });
  const message = await client.expect(
    messageShape,
    201,
    'POST',
    `/conversations/${created.id}/messages`,
    {
      body: {
        participantId: client.tenant.accessKeyId,
        participantType: 'accessKey',
        body: { type: 'text', text: { text: 'On its way' } },
      },
    },
  );
  return { conversationId: created.id, messageId: message.id };
}

/** Resolves with the first event matching `predicate`; rejects after `deadlineMs`. */
function nextEvent(
  client: SimulatorClient,
  predicate: (event: ConversationEvent) => boolean,
  deadlineMs = 5000,
): Promise<ConversationEvent> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      unsubscribe();
      reject(new Error('No matching conversation event before the deadline'));
    }, deadlineMs);
    const unsubscribe = client.sim.onEvent((event) => {
      if (!predicate(event)) return;
      clearTimeout(timer);
      unsubscribe();
      resolve(event);
    });
  });
}

describe('message statuses over time', () => {
  const client = withSimulator();

  it('is off by default: a sent message stays accepted', async () => {
    const { conversationId, messageId } = await sendOne(client(), SMS_CHANNEL, '+31677770001');
    expect(client().sim.messageStatuses.knobs.enabled).toBe(false);
    expect(client().sim.messageStatuses.advance()).toBe(0);
    const message = await client().expect(
      messageShape,
      200,
      'GET',
      `/conversations/${conversationId}/messages/${messageId}`,
    );
    expect(message.status).toBe('accepted');
  });

  it('moves a WhatsApp message accepted → sent → delivered → read, each step a conversation.updated', async () => {
    client().sim.messageStatuses.configure({ enabled: true, failureRate: 0, stepMs: 60_000 });
    const { conversationId, messageId } = await sendOne(client(), WHATSAPP_CHANNEL, '+31677770002');
    const events: ConversationEvent[] = [];
    const unsubscribe = client().sim.onEvent((event) => events.push(event));
    while (client().sim.messageStatuses.advance() > 0);
    unsubscribe();
    expect(events.map((e) => [e.event, e.payload.lastMessage?.status])).toEqual([
      ['conversation.updated', 'sent'],
      ['conversation.updated', 'delivered'],
      ['conversation.updated', 'read'],
    ]);
    const updatedAts = events.map((e) => e.payload.updatedAt);
    expect(updatedAts).toEqual([...new Set(updatedAts)].sort());
    const message = await client().expect(
      messageShape,
      200,
      'GET',
      `/conversations/${conversationId}/messages/${messageId}`,
    );
    expect(message.status).toBe('read');
  });

  it('stops SMS at delivered, and runs on its own timers when not driven', async () => {
    client().sim.messageStatuses.configure({ enabled: true, failureRate: 0, stepMs: 1 });
    const delivered = nextEvent(client(), (e) => e.payload.lastMessage?.status === 'delivered');
    const { conversationId } = await sendOne(client(), SMS_CHANNEL, '+31677770003');
    expect((await delivered).payload.id).toBe(conversationId);
    expect(client().sim.messageStatuses.pending).toBe(0);
  });

  it('fails some messages with a reason and details when the failure rate says so', async () => {
    const control = await fetch(`${client().sim.url}/__simulator/message-statuses`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ enabled: true, failureRate: 1, stepMs: 60_000 }),
    });
    expect(control.status).toBe(200);
    const { conversationId, messageId } = await sendOne(client(), SMS_CHANNEL, '+31677770004');
    for (let n = 0; n < 5; n++) {
      await fetch(`${client().sim.url}/__simulator/message-statuses/advance`, { method: 'POST' });
    }
    const message = await client().expect(
      messageShape,
      200,
      'GET',
      `/conversations/${conversationId}/messages/${messageId}`,
    );
    expect(['sending_failed', 'delivery_failed']).toContain(message.status);
    expect(message.reason).toBeDefined();
    expect(message.details?.category).toBeDefined();
  });
});

describe('simulated inbound messages', () => {
  const client = withSimulator();

  it('delivers a customer message on a control call and fires conversation.updated', async () => {
    const event = nextEvent(client(), (e) => e.event === 'conversation.updated');
    const response = await fetch(`${client().sim.url}/__simulator/inbound`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ body: { type: 'text', text: { text: 'Is anyone there?' } } }),
    });
    expect(response.status).toBe(201);
    const result: unknown = await response.json();
    const updated = await event;
    expect(result).toMatchObject({ conversationId: updated.payload.id });
    expect(updated.payload.lastMessage).toMatchObject({
      preview: { text: 'Is anyone there?' },
      sender: { type: 'contact' },
      status: 'delivered',
      recipients: null,
    });
    expect(updated.payload.lastMessageIncomingAt).toBe(updated.payload.lastMessage?.createdAt);
  });

  it('refuses an inbound message into a closed or unknown conversation', async () => {
    const post = (body: unknown) =>
      fetch(`${client().sim.url}/__simulator/inbound`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    expect((await post({ conversationId: '00000000-0000-4000-8000-000000000000' })).status).toBe(
      404,
    );
    const ws = client().sim.store.workspace(client().tenant.workspaceId);
    const closed = [...(ws?.conversations.values() ?? [])].find((c) => c.status === 'closed');
    expect((await post({ conversationId: closed?.id })).status).toBe(422);
  });

  it('writes in by itself at the configured rate until switched off', async () => {
    const arrived: string[] = [];
    const enough = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        reject(new Error('Fewer than 3 inbound messages before the deadline'));
      }, 5000);
      const unsubscribe = client().sim.onEvent((event) => {
        if (event.payload.lastMessage?.sender.type !== 'contact') return;
        arrived.push(event.payload.id);
        if (arrived.length < 3) return;
        clearTimeout(timer);
        unsubscribe();
        resolve();
      });
    });
    client().sim.setInboundRate(10);
    await enough;
    client().sim.setInboundRate(null);
    const rate = await fetch(`${client().sim.url}/__simulator/inbound`);
    expect(await rate.json()).toEqual({ everyMs: null });
  });
});
