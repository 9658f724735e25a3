import { describe, expect, it } from 'vitest';
import { DEFAULT_SEED_SIZE } from '../../../src/simulator/index.js';
import { withSimulator, type SimulatorClient } from '../../helpers/simulator.js';
import {
  conversationShape,
  errorShape,
  messagePageShape,
  messageShape,
  pageShape,
} from './birdShapes.js';

const SMS_CHANNEL = '5da69b04-d462-5efd-9b65-28dbae1e0482';
const WHATSAPP_CHANNEL = '199f0353-fcb8-41b2-afd6-614c6baf3850';
const conversationPage = pageShape(conversationShape);

function start(client: SimulatorClient, phone: string, channelId = SMS_CHANNEL) {
  return client.call('POST', '/conversations', {
    body: {
      name: `Chat with ${phone}`,
      channelId,
      participants: [{ type: 'contact', identifierKey: 'phonenumber', identifierValue: phone }],
    },
  });
}

function seeded(client: SimulatorClient) {
  const ws = client.sim.store.workspace(client.tenant.workspaceId);
  if (ws === undefined) throw new Error('no demo workspace');
  return ws;
}

describe('what production integrations show (bird-api.md §7)', () => {
  const client = withSimulator();

  it('answers 409 ContactAlreadyInConversation with the active conversation id, and creates nothing', async () => {
    const first = conversationShape.parse((await start(client(), '+31688880001')).json);
    const before = seeded(client()).conversations.size;
    const second = await start(client(), '+31688880001');
    expect(second.status).toBe(409);
    const error = errorShape.parse(second.json);
    expect(error.code).toBe('ContactAlreadyInConversation');
    expect(error.details).toEqual({ conversationId: first.id });
    expect(seeded(client()).conversations.size).toBe(before);
    expect((await start(client(), '+31688880001', WHATSAPP_CHANNEL)).status).toBe(201);
    await client().call('PATCH', `/conversations/${first.id}`, { body: { status: 'closed' } });
    expect((await start(client(), '+31688880001')).status).toBe(201);
    const reopen = await client().call('PATCH', `/conversations/${first.id}`, {
      body: { status: 'active' },
    });
    expect(reopen.status).toBe(409);
    expect(errorShape.parse(reopen.json).code).toBe('ResourceAlreadyExists');
  });

  it('seeds at most one active conversation per contact and channel', () => {
    const seen = new Set<string>();
    for (const conversation of seeded(client()).conversations.values()) {
      if (conversation.status !== 'active') continue;
      for (const p of conversation.participants.values()) {
        if (p.type !== 'contact') continue;
        const key = `${p.id}/${conversation.channelId ?? ''}`;
        expect(seen.has(key)).toBe(false);
        seen.add(key);
      }
    }
    expect(seen.size).toBeGreaterThan(5);
  });

  it('answers 422 when name is missing', async () => {
    const response = await client().call('POST', '/conversations', { body: {} });
    expect(response.status).toBe(422);
    expect(errorShape.parse(response.json).details).toEqual({
      '.name': ["Property 'name' is missing"],
    });
  });

  it('sends as a flow with the channel id as participantId, and the sender is a flow', async () => {
    const created = conversationShape.parse((await start(client(), '+31688880002')).json);
    const sent = await client().expect(
      messageShape,
      201,
      'POST',
      `/conversations/${created.id}/messages`,
      {
        body: {
          participantId: SMS_CHANNEL,
          participantType: 'flow',
          body: { type: 'text', text: { text: 'Automated notice' } },
        },
      },
    );
    expect(sent.sender).toMatchObject({ id: SMS_CHANNEL, type: 'flow' });
    const other = await client().call('POST', `/conversations/${created.id}/messages`, {
      body: {
        participantId: WHATSAPP_CHANNEL,
        participantType: 'flow',
        body: { type: 'text', text: { text: 'Wrong channel' } },
      },
    });
    expect(other.status).toBe(422);
  });

  it('filters GET /conversations by channelId and status, newest first, with the filter in the page token', async () => {
    const path = `/conversations?channelId=${WHATSAPP_CHANNEL}&status=active&limit=3`;
    const first = await client().expect(conversationPage, 200, 'GET', path);
    expect(first.results).toHaveLength(3);
    const token = first.nextPageToken ?? '';
    const second = await client().expect(
      conversationPage,
      200,
      'GET',
      `${path}&pageToken=${encodeURIComponent(token)}`,
    );
    const all = [...first.results, ...second.results];
    for (const c of all) expect([c.channelId, c.status]).toEqual([WHATSAPP_CHANNEL, 'active']);
    const created = all.map((c) => c.createdAt);
    expect(created).toEqual([...created].sort().reverse());
    const crossed = await client().call(
      'GET',
      `/conversations?status=closed&limit=3&pageToken=${encodeURIComponent(token)}`,
    );
    expect(errorShape.parse(crossed.json).code).toBe('InvalidPageToken');
    expect((await client().call('GET', '/conversations?status=open')).status).toBe(422);
    const deleted = await client().expect(
      conversationPage,
      200,
      'GET',
      '/conversations?status=deleted',
    );
    expect(deleted.results).toEqual([]);
  });

  it('issues standard base64 page tokens, which fail when sent without URL encoding', async () => {
    let token = '';
    let path = '/conversations?limit=1';
    for (let n = 0; n < 30 && !/[+/=]/.test(token); n++) {
      const page = await client().expect(conversationPage, 200, 'GET', path);
      token = page.nextPageToken ?? '';
      path = `/conversations?limit=1&pageToken=${encodeURIComponent(token)}`;
    }
    expect(token).toMatch(/^[A-Za-z0-9+/]+={0,2}$/);
    expect(token).toMatch(/[+/=]/);
    const raw = await client().call('GET', `/conversations?limit=1&pageToken=${token}`);
    if (token.includes('+')) expect(raw.status).toBe(422);
    expect((await client().call('GET', path)).status).toBe(200);
  });

  it('carries style, lastMessageIncomingAt and lastMessageOutgoingAt', async () => {
    const page = await client().expect(conversationPage, 200, 'GET', '/conversations?limit=100');
    expect(page.results.every((c) => c.style === 'default')).toBe(true);
    const both = page.results.find(
      (c) => c.lastMessageIncomingAt !== undefined && c.lastMessageOutgoingAt !== undefined,
    );
    expect(both).toBeDefined();
    const created = conversationShape.parse((await start(client(), '+31688880003')).json);
    expect(created.lastMessageIncomingAt).toBeUndefined();
    const reply = await client().expect(
      messageShape,
      201,
      'POST',
      `/conversations/${created.id}/messages`,
      {
        body: {
          participantId: client().tenant.accessKeyId,
          participantType: 'accessKey',
          body: { type: 'text', text: { text: 'Hello' } },
        },
      },
    );
    client().sim.simulateInbound({ conversationId: created.id });
    const after = await client().expect(
      conversationShape,
      200,
      'GET',
      `/conversations/${created.id}`,
    );
    expect(after.lastMessageOutgoingAt).toBe(reply.createdAt);
    expect(after.lastMessageIncomingAt).toBe(after.lastMessage?.createdAt);
    expect(after.lastMessage?.sender.type).toBe('contact');
  });

  it('keeps attribute keys a PATCH did not send, including Bird-owned ones', async () => {
    const page = await client().expect(conversationPage, 200, 'GET', '/conversations?limit=100');
    const owned = page.results.find((c) => c.attributes?.typingStatus !== undefined);
    if (owned === undefined) throw new Error('no seeded conversation with typingStatus');
    const patched = await client().expect(
      conversationShape,
      200,
      'PATCH',
      `/conversations/${owned.id}`,
      { body: { attributes: { crmId: 'c-1' } } },
    );
    expect(patched.attributes).toEqual({ ...owned.attributes, crmId: 'c-1' });
    const removed = await client().expect(
      conversationShape,
      200,
      'PATCH',
      `/conversations/${owned.id}`,
      { body: { attributes: { crmId: null } } },
    );
    expect(removed.attributes).toEqual(owned.attributes);
    const cleared = await client().expect(
      conversationShape,
      200,
      'PATCH',
      `/conversations/${owned.id}`,
      { body: { attributes: null } },
    );
    expect(cleared.attributes?.typingStatus).toBe(owned.attributes?.typingStatus);
  });
});

describe('seeded data as production shows it (default size)', () => {
  const client = withSimulator({ size: DEFAULT_SEED_SIZE });

  it('seeds bots among featured participants and senders, and a whatsappusername contact', async () => {
    const ws = seeded(client());
    const conversations = [...ws.conversations.values()];
    const withBot = conversations.find((c) =>
      [...c.participants.values()].some((p) => p.type === 'bot'),
    );
    if (withBot === undefined) throw new Error('no conversation with a bot');
    const fetched = await client().expect(
      conversationShape,
      200,
      'GET',
      `/conversations/${withBot.id}`,
    );
    expect(fetched.featuredParticipants.some((p) => p.type === 'bot')).toBe(true);
    expect(fetched.attributes?.llmbotIds).toBeDefined();
    expect([...ws.messages.values()].some((m) => m.sender.type === 'bot')).toBe(true);
    const username = conversations.find((c) =>
      [...c.participants.values()].some((p) => p.contact?.identifierKey === 'whatsappusername'),
    );
    if (username === undefined) throw new Error('no whatsappusername participant');
    expect(username.channelId).toBe(WHATSAPP_CHANNEL);
  });

  it('serves inbound WhatsApp audio, video and stickers as file bodies with their content types', async () => {
    const ws = seeded(client());
    const types = new Set<string>();
    for (const message of ws.messages.values()) {
      const conversation = ws.conversations.get(message.conversationId);
      if (conversation?.channelId !== WHATSAPP_CHANNEL || message.sender.type !== 'contact')
        continue;
      if (message.body.type !== 'file') continue;
      for (const file of message.body.file.files) types.add(file.contentType);
    }
    expect([...types].sort()).toEqual(
      expect.arrayContaining(['audio/ogg', 'image/webp', 'video/mp4']),
    );
    const first = [...ws.messages.values()].find(
      (m) => m.body.type === 'file' && m.body.file.files[0]?.contentType === 'image/webp',
    );
    const list = await client().expect(
      messagePageShape,
      200,
      'GET',
      `/conversations/${first?.conversationId ?? ''}/messages?limit=100`,
    );
    const served = list.results.find((m) => m.id === first?.id);
    expect(served?.body).toMatchObject({ type: 'file' });
  });
});
