import { describe, expect, it } from 'vitest';
import { withSimulator, type SimulatorClient } from '../../helpers/simulator.js';
import { conversationShape, errorShape, messagePageShape, messageShape } from './birdShapes.js';

const SMS_CHANNEL = '5da69b04-d462-5efd-9b65-28dbae1e0482';

/** A contact has one active conversation per channel, so each conversation gets its own number. */
let contacts = 0;

async function startConversation(client: SimulatorClient): Promise<string> {
  contacts++;
  const phone = `+316${String(contacts).padStart(8, '0')}`;
  const created = await client.expect(conversationShape, 201, 'POST', '/conversations', {
    body: {
      name: 'Test conversation',
      channelId: SMS_CHANNEL,
      participants: [{ type: 'contact', identifierKey: 'phonenumber', identifierValue: phone }],
      initialMessage: { body: { type: 'text', text: { text: 'first' } } },
    },
  });
  return created.id;
}

function send(client: SimulatorClient, conversationId: string, body: Record<string, unknown>) {
  return client.call('POST', `/conversations/${conversationId}/messages`, {
    body: { participantId: client.tenant.accessKeyId, participantType: 'accessKey', ...body },
  });
}

describe('messages', () => {
  const client = withSimulator();

  it('sends a reply that becomes the lastMessage and moves updatedAt', async () => {
    const id = await startConversation(client());
    const before = await client().expect(conversationShape, 200, 'GET', `/conversations/${id}`);
    const response = await send(client(), id, {
      body: { type: 'text', text: { text: 'second' } },
      reference: 'order-1',
    });
    expect(response.status).toBe(201);
    const message = messageShape.parse(response.json);
    expect(message).toMatchObject({
      reference: 'order-1',
      draft: false,
      status: 'accepted',
      source: 'conversations',
    });
    const after = await client().expect(conversationShape, 200, 'GET', `/conversations/${id}`);
    expect(after.lastMessage?.id).toBe(message.id);
    expect(after.lastMessage?.preview.text).toBe('second');
    expect(Date.parse(after.updatedAt)).toBeGreaterThan(Date.parse(before.updatedAt));
    const fetched = await client().expect(
      messageShape,
      200,
      'GET',
      `/conversations/${id}/messages/${message.id}`,
    );
    expect(fetched).toEqual(message);
  });

  it.each([
    [{ type: 'html', html: { html: '<p>Hello <b>there</b></p>' } }, 'Hello there'],
    [{ type: 'html', html: { text: 'plain', html: '<p>rich</p>' } }, 'plain'],
    [
      { type: 'image', image: { images: [{ mediaUrl: 'https://example.org/a.png' }] } },
      "Message type 'image' was sent.",
    ],
    [
      {
        type: 'file',
        file: {
          files: [{ mediaUrl: 'https://example.org/a.pdf', contentType: 'application/pdf' }],
        },
      },
      "Message type 'file' was sent.",
    ],
    [
      { type: 'location', location: { coordinates: { latitude: 52.1, longitude: 4.3 } } },
      "Message type 'location' was sent.",
    ],
    [
      { type: 'carousel', carousel: { items: [{ title: 'A' }] } },
      "Message type 'carousel' was sent.",
    ],
    [{ type: 'list', list: { text: 'Pick one' } }, "Message type 'list' was sent."],
    [
      { type: 'gif', gif: { mediaUrl: 'https://example.org/a.gif' } },
      "Message type 'gif' was sent.",
    ],
    [
      { type: 'authentication', authentication: { otp: { disclaimer: true } } },
      "Message type 'authentication' was sent.",
    ],
  ])('accepts a %j body and previews it as %j', async (body, preview) => {
    const id = await startConversation(client());
    expect((await send(client(), id, { body })).status).toBe(201);
    const conversation = await client().expect(
      conversationShape,
      200,
      'GET',
      `/conversations/${id}`,
    );
    expect(conversation.lastMessage?.preview.text).toBe(preview);
    expect(conversation.lastMessage?.type).toBe(body.type);
  });

  it.each([
    [{ body: { type: 'text', image: { images: [] } } }, '.body.text'],
    [{ body: { type: 'text', text: { text: 'x' }, image: {} } }, '.body'],
    [{ body: { type: 'video', video: {} } }, '.body.type'],
    [{ body: { type: 'text', text: { text: '' } } }, '.body.text.text'],
    [{ body: { type: 'image', image: { images: [] } } }, '.body.image.images'],
    [{}, '.body'],
    [
      {
        body: { type: 'text', text: { text: 'x' } },
        template: { projectId: 'p', version: 'v', locale: 'en' },
      },
      '.body',
    ],
    [{ body: { type: 'text', text: { text: 'x' } }, participantType: 'robot' }, '.participantType'],
    [
      { body: { type: 'text', text: { text: 'x' } }, replyToMessageId: 'nope' },
      '.replyToMessageId',
    ],
  ])('refuses %j with a 422 detailing %s', async (body, path) => {
    const response = await send(client(), await startConversation(client()), body);
    expect(response.status).toBe(422);
    expect(Object.keys(errorShape.parse(response.json).details ?? {})).toContain(path);
  });

  it('refuses a sender who is not a participant unless addMissingParticipants is set', async () => {
    const id = await startConversation(client());
    const ws = client().sim.store.workspace(client().tenant.workspaceId);
    const user = [...(ws?.actors.values() ?? [])].find((a) => a.type === 'user');
    const body = { type: 'text', text: { text: 'hi' } };
    const refused = await client().call('POST', `/conversations/${id}/messages`, {
      body: { participantId: user?.id, participantType: 'user', body },
    });
    expect(refused.status).toBe(422);
    expect(errorShape.parse(refused.json).details).toHaveProperty(['.participantId']);
    const accepted = await client().call('POST', `/conversations/${id}/messages`, {
      body: {
        participantId: user?.id,
        participantType: 'user',
        body,
        addMissingParticipants: true,
      },
    });
    expect(messageShape.parse(accepted.json).sender).toMatchObject({ id: user?.id, type: 'user' });
    const conversation = await client().expect(
      conversationShape,
      200,
      'GET',
      `/conversations/${id}`,
    );
    expect(conversation.activeParticipantCount).toBe(3);
  });

  it('answers 422 ConversationClosed for a message to a closed conversation', async () => {
    const id = await startConversation(client());
    await client().call('PATCH', `/conversations/${id}`, { body: { status: 'closed' } });
    const response = await send(client(), id, {
      body: { type: 'text', text: { text: 'too late' } },
    });
    expect(response.status).toBe(422);
    expect(errorShape.parse(response.json).code).toBe('ConversationClosed');
  });

  it('answers 409 for a reference already used anywhere in the workspace', async () => {
    const body = { type: 'text', text: { text: 'x' } };
    expect(
      (await send(client(), await startConversation(client()), { body, reference: 'ref-7' }))
        .status,
    ).toBe(201);
    const duplicate = await send(client(), await startConversation(client()), {
      body,
      reference: 'ref-7',
    });
    expect(duplicate.status).toBe(409);
    expect(errorShape.parse(duplicate.json).code).toBe('DuplicateReference');
  });

  it('keeps drafts out of lastMessage, edits them, and sends them with draft: false', async () => {
    const id = await startConversation(client());
    const draft = messageShape.parse(
      (await send(client(), id, { body: { type: 'text', text: { text: 'draft' } }, draft: true }))
        .json,
    );
    expect(draft.draft).toBe(true);
    let conversation = await client().expect(conversationShape, 200, 'GET', `/conversations/${id}`);
    expect(conversation.lastMessage?.preview.text).toBe('first');
    const edited = await client().expect(
      messageShape,
      200,
      'PATCH',
      `/conversations/${id}/messages/${draft.id}`,
      {
        body: { body: { type: 'text', text: { text: 'edited' } } },
      },
    );
    expect(edited.body).toEqual({ type: 'text', text: { text: 'edited' } });
    const sent = await client().expect(
      messageShape,
      200,
      'PATCH',
      `/conversations/${id}/messages/${draft.id}`,
      { body: { draft: false } },
    );
    expect(sent.draft).toBe(false);
    conversation = await client().expect(conversationShape, 200, 'GET', `/conversations/${id}`);
    expect(conversation.lastMessage?.id).toBe(draft.id);
    const again = await client().call('PATCH', `/conversations/${id}/messages/${draft.id}`, {
      body: { draft: true },
    });
    expect(again.status).toBe(409);
    expect(errorShape.parse(again.json)).toMatchObject({
      code: 'MessageNotDraft',
      message: 'Only draft messages can be updated',
    });
  });

  it('refuses an empty draft update with 422', async () => {
    const id = await startConversation(client());
    const draft = messageShape.parse(
      (await send(client(), id, { body: { type: 'text', text: { text: 'd' } }, draft: true })).json,
    );
    expect(
      (await client().call('PATCH', `/conversations/${id}/messages/${draft.id}`, { body: {} }))
        .status,
    ).toBe(422);
  });

  it('deletes a message with 204 and falls back to the previous lastMessage', async () => {
    const id = await startConversation(client());
    const second = messageShape.parse(
      (await send(client(), id, { body: { type: 'text', text: { text: 'second' } } })).json,
    );
    expect(
      (await client().call('DELETE', `/conversations/${id}/messages/${second.id}`)).status,
    ).toBe(204);
    expect((await client().call('GET', `/conversations/${id}/messages/${second.id}`)).status).toBe(
      404,
    );
    const conversation = await client().expect(
      conversationShape,
      200,
      'GET',
      `/conversations/${id}`,
    );
    expect(conversation.lastMessage?.preview.text).toBe('first');
    const list = await client().expect(
      messagePageShape,
      200,
      'GET',
      `/conversations/${id}/messages`,
    );
    expect(list.total).toBe(1);
  });

  it('answers 404 for a message id of another conversation', async () => {
    const a = await startConversation(client());
    const b = await startConversation(client());
    const list = await client().expect(
      messagePageShape,
      200,
      'GET',
      `/conversations/${a}/messages`,
    );
    expect(
      (await client().call('GET', `/conversations/${b}/messages/${list.results[0]?.id ?? ''}`))
        .status,
    ).toBe(404);
  });
});
