import { describe, expect, it } from 'vitest';
import { withSimulator } from '../../helpers/simulator.js';
import { conversationShape, errorShape, pageShape } from './birdShapes.js';

const SMS_CHANNEL = '5da69b04-d462-5efd-9b65-28dbae1e0482';
const EMAIL_CHANNEL = '25431165-c486-4a94-94f6-b3633c9af905';

describe('conversations', () => {
  const client = withSimulator();

  it('serves seeded conversations whose every field matches the Bird shape', async () => {
    const page = await client().expect(
      pageShape(conversationShape),
      200,
      'GET',
      '/conversations?limit=100',
    );
    expect(page.results.some((c) => c.status === 'closed')).toBe(true);
    expect(page.results.some((c) => c.status === 'active')).toBe(true);
    expect(page.results.some((c) => c.attributes !== undefined)).toBe(true);
    expect(page.results.some((c) => c.platformStyle === 'email')).toBe(true);
  });

  it('reuses an existing contact when a participant is given by an identifier it already has', async () => {
    const ws = client().sim.store.workspace(client().tenant.workspaceId);
    const contact = [...(ws?.contacts.values() ?? [])][5];
    const phone = contact?.identifiers.find((i) => i.key === 'phonenumber')?.value ?? '';
    const created = await client().expect(conversationShape, 201, 'POST', '/conversations', {
      body: {
        name: 'Test conversation',
        channelId: SMS_CHANNEL,
        participants: [{ type: 'contact', identifierKey: 'phonenumber', identifierValue: phone }],
      },
    });
    const participant = created.featuredParticipants.find((p) => p.type === 'contact');
    expect(participant?.id).toBe(contact?.id);
    expect(participant?.displayName).toBe(contact?.displayName);
    expect(created.lastMessage).toBeUndefined();
  });

  it('adds participants given by id and type and counts them as active', async () => {
    const ws = client().sim.store.workspace(client().tenant.workspaceId);
    const user = [...(ws?.actors.values() ?? [])].find((a) => a.type === 'user');
    const contact = [...(ws?.contacts.values() ?? [])][0];
    const created = await client().expect(conversationShape, 201, 'POST', '/conversations', {
      body: {
        name: 'Test conversation',
        channelId: EMAIL_CHANNEL,
        participants: [
          { id: user?.id, type: 'user' },
          { id: contact?.id, type: 'contact' },
        ],
      },
    });
    expect(created.activeParticipantCount).toBe(3);
    expect(created.featuredParticipants.map((p) => p.type)).toEqual([
      'accessKey',
      'contact',
      'user',
    ]);
    expect(created.featuredParticipants[1]?.contact?.identifierKey).toBe('emailaddress');
  });

  it('honours initiatingParticipant when there is no initial message', async () => {
    const ws = client().sim.store.workspace(client().tenant.workspaceId);
    const flow = [...(ws?.actors.values() ?? [])].find((a) => a.type === 'flow');
    const created = await client().expect(conversationShape, 201, 'POST', '/conversations', {
      body: {
        name: 'Flow-started',
        channelId: SMS_CHANNEL,
        initiatingParticipant: { id: flow?.id, type: 'flow' },
      },
    });
    expect(created.initiatingParticipant?.type).toBe('flow');
  });

  it.each([
    [
      {
        participants: Array.from({ length: 6 }, (_, i) => ({
          type: 'contact',
          identifierKey: 'phonenumber',
          identifierValue: `+3160000000${i}`,
        })),
      },
      '.participants',
    ],
    [
      { participants: [{ id: '00000000-0000-4000-8000-000000000000', type: 'contact' }] },
      '.participants[0].id',
    ],
    [{ participants: [{ type: 'user' }] }, '.participants[0].id'],
    [{ visibility: 'secret' }, '.visibility'],
    [{ accessibility: 'closed' }, '.accessibility'],
    [{ channelId: '00000000-0000-4000-8000-000000000000' }, '.channelId'],
    [{ initialMessage: { body: { type: 'text', text: { text: 'hi' } } } }, '.channelId'],
    [
      { channelId: SMS_CHANNEL, initialMessage: { body: { type: 'text', image: { images: [] } } } },
      '.initialMessage.body',
    ],
    [{ channelId: SMS_CHANNEL, initialMessage: {} }, '.initialMessage.body'],
    [{ attributes: { count: 3 } }, '.attributes.count'],
  ])('refuses %j with a 422 detailing %s', async (body, path) => {
    const response = await client().call('POST', '/conversations', {
      body: { name: 'Refused', ...body },
    });
    expect(response.status).toBe(422);
    const error = errorShape.parse(response.json);
    expect(error.code).toBe('InvalidPayload');
    expect(Object.keys(error.details ?? {})).toContain(path);
  });

  it("reports a missing property the way Bird does: Property 'x' is missing", async () => {
    const response = await client().call(
      'POST',
      `/conversations/${await anyConversationId()}/messages`,
      {
        body: { body: { type: 'text', text: { text: 'x' } } },
      },
    );
    expect(errorShape.parse(response.json).details).toEqual({
      '.participantId': ["Property 'participantId' is missing"],
      '.participantType': ["Property 'participantType' is missing"],
    });
  });

  it('updates fields, bumps updatedAt, clears the description with null and can close and reopen', async () => {
    const id = await anyConversationId();
    const before = await client().expect(conversationShape, 200, 'GET', `/conversations/${id}`);
    const closed = await client().expect(conversationShape, 200, 'PATCH', `/conversations/${id}`, {
      body: { status: 'closed', description: null, attributes: { a: 'b' } },
    });
    expect(closed.status).toBe('closed');
    expect(closed.description).toBe('');
    expect(closed.attributes).toEqual({ a: 'b' });
    expect(Date.parse(closed.updatedAt)).toBeGreaterThan(Date.parse(before.updatedAt));
    const reopened = await client().expect(
      conversationShape,
      200,
      'PATCH',
      `/conversations/${id}`,
      { body: { status: 'active', attributes: null } },
    );
    expect(reopened.status).toBe('active');
    expect(reopened.attributes).toBeUndefined();
  });

  it.each([[{ status: 'deleted' }], [{ visibility: 1 }], [{ name: 5 }]])(
    'refuses the update %j with 422',
    async (body) => {
      const response = await client().call('PATCH', `/conversations/${await anyConversationId()}`, {
        body,
      });
      expect(response.status).toBe(422);
    },
  );

  it('deletes a conversation with 204, after which it answers 404 and is gone from the list', async () => {
    const id = await anyConversationId();
    const deleted = await client().call('DELETE', `/conversations/${id}`);
    expect(deleted.status).toBe(204);
    expect(deleted.text).toBe('');
    const gone = await client().call('GET', `/conversations/${id}`);
    expect(gone.status).toBe(404);
    expect(errorShape.parse(gone.json).code).toBe('NotFound');
    expect((await client().call('GET', `/conversations/${id}/messages`)).status).toBe(404);
    const page = await client().expect(
      pageShape(conversationShape),
      200,
      'GET',
      '/conversations?limit=100',
    );
    expect(page.results.map((c) => c.id)).not.toContain(id);
  });

  it.each(['GET', 'PATCH', 'DELETE'])(
    'answers %s of an unknown conversation with 404',
    async (method) => {
      const response = await client().call(
        method,
        '/conversations/00000000-0000-4000-8000-000000000000',
        {
          body: method === 'PATCH' ? { name: 'x' } : undefined,
        },
      );
      expect(response.status).toBe(404);
    },
  );

  it('filters by resource', async () => {
    const task = '3f0e1c2a-9d8b-4c7a-8e6f-5d4c3b2a1908';
    const created = await client().expect(conversationShape, 201, 'POST', '/conversations', {
      body: { name: 'Task thread', resource: { type: 'task', id: task } },
    });
    const page = await client().expect(
      pageShape(conversationShape),
      200,
      'GET',
      `/conversations?resource=task:${task}`,
    );
    expect(page.results.map((c) => c.id)).toEqual([created.id]);
    expect((await client().call('GET', '/conversations?resource=nonsense')).status).toBe(422);
  });

  async function anyConversationId(): Promise<string> {
    const page = await client().expect(
      pageShape(conversationShape),
      200,
      'GET',
      '/conversations?limit=1',
    );
    return page.results[0]?.id ?? '';
  }
});
