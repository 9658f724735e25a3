import { describe, expect, it } from 'vitest';
import { withSimulator, type SimulatorClient } from '../../helpers/simulator.js';
import { conversationShape, errorShape, pageShape, participantShape } from './birdShapes.js';

const SMS_CHANNEL = '5da69b04-d462-5efd-9b65-28dbae1e0482';
const PHONE = '+31600000042';

async function startConversation(client: SimulatorClient) {
  return client.expect(conversationShape, 201, 'POST', '/conversations', {
    body: {
      name: 'Test conversation',
      channelId: SMS_CHANNEL,
      participants: [{ type: 'contact', identifierKey: 'phonenumber', identifierValue: PHONE }],
    },
  });
}

function actorOfType(client: SimulatorClient, type: string) {
  const ws = client.sim.store.workspace(client.tenant.workspaceId);
  const actor = [...(ws?.actors.values() ?? [])].find((a) => a.type === type);
  if (actor === undefined) throw new Error(`no seeded ${type}`);
  return actor;
}

describe('participants', () => {
  const client = withSimulator();

  it('adds a user with 201, then answers 200 with the same participant (ensure semantics)', async () => {
    const { id } = await startConversation(client());
    const user = actorOfType(client(), 'user');
    const first = await client().call('POST', `/conversations/${id}/participants`, {
      body: { id: user.id, type: 'user' },
    });
    expect(first.status).toBe(201);
    expect(participantShape.parse(first.json)).toMatchObject({
      id: user.id,
      type: 'user',
      status: 'active',
    });
    const second = await client().call('POST', `/conversations/${id}/participants`, {
      body: { id: user.id, type: 'user', status: 'invited' },
    });
    expect(second.status).toBe(200);
    expect(participantShape.parse(second.json).status).toBe('active');
  });

  it('adds a contact by identifier, creating the contact, and counts pending participants', async () => {
    const { id } = await startConversation(client());
    const added = await client().call('POST', `/conversations/${id}/participants`, {
      body: {
        type: 'contact',
        status: 'pending',
        contact: { identifierKey: 'emailaddress', identifierValue: 'new.person@example.org' },
      },
    });
    expect(added.status).toBe(201);
    expect(participantShape.parse(added.json)).toMatchObject({
      type: 'contact',
      status: 'pending',
      displayName: 'new.person@example.org',
      contact: {
        identifierKey: 'emailaddress',
        identifierValue: 'new.person@example.org',
        platformAddress: 'new.person@example.org',
      },
    });
    const conversation = await client().expect(
      conversationShape,
      200,
      'GET',
      `/conversations/${id}`,
    );
    expect(conversation.pendingParticipantCount).toBe(1);
    expect(conversation.activeParticipantCount).toBe(2);
  });

  it('adds a contact by id and refuses unknown ids and incomplete bodies with 422', async () => {
    const { id } = await startConversation(client());
    const ws = client().sim.store.workspace(client().tenant.workspaceId);
    const contact = [...(ws?.contacts.values() ?? [])][3];
    expect(
      (
        await client().call('POST', `/conversations/${id}/participants`, {
          body: { id: contact?.id, type: 'contact' },
        })
      ).status,
    ).toBe(201);
    for (const body of [
      { id: '00000000-0000-4000-8000-000000000000', type: 'contact' },
      { type: 'contact' },
      { type: 'user' },
      { id: 'x', type: 'martian' },
    ]) {
      const response = await client().call('POST', `/conversations/${id}/participants`, { body });
      expect(response.status).toBe(422);
    }
  });

  it('refuses to add participants to a closed conversation with 409', async () => {
    const { id } = await startConversation(client());
    await client().call('PATCH', `/conversations/${id}`, { body: { status: 'closed' } });
    const response = await client().call('POST', `/conversations/${id}/participants`, {
      body: { id: actorOfType(client(), 'flow').id, type: 'flow' },
    });
    expect(response.status).toBe(409);
  });

  it('lists participants with pagination', async () => {
    const { id } = await startConversation(client());
    await client().call('POST', `/conversations/${id}/participants`, {
      body: { id: actorOfType(client(), 'flow').id, type: 'flow' },
    });
    const first = await client().expect(
      pageShape(participantShape),
      200,
      'GET',
      `/conversations/${id}/participants?limit=2`,
    );
    expect(first.results).toHaveLength(2);
    const second = await client().expect(
      pageShape(participantShape),
      200,
      'GET',
      `/conversations/${id}/participants?limit=2&pageToken=${encodeURIComponent(first.nextPageToken ?? '')}`,
    );
    expect(second.results).toHaveLength(1);
    expect(second.nextPageToken).toBeUndefined();
    expect(new Set([...first.results, ...second.results].map((p) => p.type))).toEqual(
      new Set(['accessKey', 'contact', 'flow']),
    );
  });

  it('gets and updates a participant by id and by identifier key and value', async () => {
    const conversation = await startConversation(client());
    const contact = conversation.featuredParticipants.find((p) => p.type === 'contact');
    const base = `/conversations/${conversation.id}/participants`;
    expect(
      (await client().expect(participantShape, 200, 'GET', `${base}/${contact?.id ?? ''}`)).id,
    ).toBe(contact?.id);
    const byIdentifier = await client().expect(
      participantShape,
      200,
      'GET',
      `${base}/phonenumber/${encodeURIComponent(PHONE)}`,
    );
    expect(byIdentifier.id).toBe(contact?.id);
    const invited = await client().expect(
      participantShape,
      200,
      'PATCH',
      `${base}/${contact?.id ?? ''}`,
      { body: { status: 'invited' } },
    );
    expect(invited.status).toBe('invited');
    const restored = await client().expect(
      participantShape,
      200,
      'PATCH',
      `${base}/phonenumber/${PHONE}`,
      { body: { status: null } },
    );
    expect(restored.status).toBe('active');
    expect(
      (await client().call('PATCH', `${base}/${contact?.id ?? ''}`, { body: {} })).status,
    ).toBe(422);
    expect(
      (await client().call('PATCH', `${base}/${contact?.id ?? ''}`, { body: { status: 'gone' } }))
        .status,
    ).toBe(422);
    expect(
      (await client().call('GET', `${base}/00000000-0000-4000-8000-000000000000`)).status,
    ).toBe(404);
    expect((await client().call('GET', `${base}/phonenumber/+31000000000`)).status).toBe(404);
  });

  it('deletes an added participant with 204 and lowers the count', async () => {
    const { id } = await startConversation(client());
    const flow = actorOfType(client(), 'flow');
    await client().call('POST', `/conversations/${id}/participants`, {
      body: { id: flow.id, type: 'flow' },
    });
    expect(
      (await client().call('DELETE', `/conversations/${id}/participants/${flow.id}`)).status,
    ).toBe(204);
    const conversation = await client().expect(
      conversationShape,
      200,
      'GET',
      `/conversations/${id}`,
    );
    expect(conversation.activeParticipantCount).toBe(2);
    expect(
      (await client().call('DELETE', `/conversations/${id}/participants/${flow.id}`)).status,
    ).toBe(404);
  });

  it('forbids deleting the initiating participant and the last contact with 403', async () => {
    const conversation = await startConversation(client());
    const contact = conversation.featuredParticipants.find((p) => p.type === 'contact');
    for (const participantId of [client().tenant.accessKeyId, contact?.id ?? '']) {
      const response = await client().call(
        'DELETE',
        `/conversations/${conversation.id}/participants/${participantId}`,
      );
      expect(response.status).toBe(403);
      expect(errorShape.parse(response.json)).toMatchObject({
        code: 'Forbidden',
        message: 'Deleting this participant is not allowed',
      });
    }
  });

  it("lists a participant's conversations by id and by identifier, filtered by channel and status", async () => {
    // A contact has one active conversation per channel: close the first before starting another.
    const other = await startConversation(client());
    await client().call('PATCH', `/conversations/${other.id}`, { body: { status: 'closed' } });
    const conversation = await startConversation(client());
    const contactId = conversation.featuredParticipants.find((p) => p.type === 'contact')?.id ?? '';
    const byId = await client().expect(
      pageShape(conversationShape),
      200,
      'GET',
      `/participants/${contactId}/conversations?channelId=${SMS_CHANNEL}`,
    );
    expect(byId.results.map((c) => c.id)).toEqual([conversation.id, other.id]);
    const active = await client().expect(
      pageShape(conversationShape),
      200,
      'GET',
      `/participants/phonenumber/${encodeURIComponent(PHONE)}/conversations?channelId=${SMS_CHANNEL}&status=active`,
    );
    expect(active.results.map((c) => c.id)).toEqual([conversation.id]);
    const paged = await client().expect(
      pageShape(conversationShape),
      200,
      'GET',
      `/participants/${contactId}/conversations?channelId=${SMS_CHANNEL}&limit=1`,
    );
    expect(paged.results).toHaveLength(1);
    expect(paged.nextPageToken).toBeDefined();
    const otherChannel = await client().expect(
      pageShape(conversationShape),
      200,
      'GET',
      `/participants/${contactId}/conversations?channelId=25431165-c486-4a94-94f6-b3633c9af905`,
    );
    expect(otherChannel.results).toEqual([]);
  });

  it('requires channelId and valid filters on participant conversations', async () => {
    const missing = await client().call(
      'GET',
      `/participants/${client().tenant.accessKeyId}/conversations`,
    );
    expect(missing.status).toBe(422);
    expect(errorShape.parse(missing.json).details).toHaveProperty(['.channelId']);
    const bad = await client().call(
      'GET',
      `/participants/${client().tenant.accessKeyId}/conversations?channelId=${SMS_CHANNEL}&status=open`,
    );
    expect(errorShape.parse(bad.json).details).toHaveProperty(['.status']);
  });
});
