import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { graphql } from '../gql/index.js';
import { startTestGateway, type TestGateway } from '../helpers/gateway.js';

const restConversation = z.object({
  id: z.string(),
  channelId: z.string(),
  status: z.string(),
  name: z.string(),
  description: z.string().optional(),
  attributes: z.record(z.string(), z.string()).optional(),
});
type RestConversation = z.infer<typeof restConversation>;

let gw: TestGateway;
let active: RestConversation;
let keyId: string;

beforeAll(async () => {
  gw = await startTestGateway();
  keyId = gw.simulator.tenants[0]?.accessKeyId ?? '';
});
afterAll(() => gw.close());
beforeEach(async () => {
  gw.simulator.reset();
  const list = await gw.rest(
    z.object({ results: z.array(restConversation) }),
    'GET',
    '/conversations?limit=50',
  );
  const found = list.body.results.find((c) => c.status === 'active');
  if (!found) throw new Error('the seed has no active conversation');
  active = found;
  gw.clearCalls();
});

const CREATE = graphql(`
  mutation MutationsCreate($input: CreateConversationInput!) {
    createConversation(input: $input) {
      conversation {
        id
        name
        status
        visibility
        accessibility
        channelId
        attributes
        activeParticipantCount
        initiatingParticipant {
          __typename
          ... on ParticipantBase {
            id: birdId
            type
          }
        }
        featuredParticipants {
          __typename
          ... on ContactParticipant {
            identifierKey
            identifierValue
          }
        }
        lastMessage {
          type
          text
          recipients {
            type
            identifierValue
          }
          message {
            reference
            body {
              __typename
              ... on TextBody {
                text
              }
            }
          }
        }
      }
    }
  }
`);

const REPLY = graphql(`
  mutation MutationsReply($input: ReplyToConversationInput!) {
    replyToConversation(input: $input) {
      message {
        id
        reference
        draft
        status
        previewText
        sender {
          __typename
          ... on ParticipantBase {
            id: birdId
          }
        }
        body {
          __typename
          ... on TextBody {
            text
          }
        }
        conversation {
          id: birdId
          lastMessage {
            text
          }
        }
      }
    }
  }
`);

const ADD = graphql(`
  mutation MutationsAddParticipant($input: AddParticipantInput!) {
    addParticipant(input: $input) {
      created
      participant {
        __typename
        ... on ContactParticipant {
          id
          identifierValue
          status
        }
      }
    }
  }
`);

const UPLOAD_URL = graphql(`
  mutation MutationsUploadUrl($c: ID!) {
    createUploadUrl(input: { conversationId: $c, contentType: "image/png" }) {
      mediaUrl
      previewUrl
      uploadUrl
      uploadMethod
      uploadFormData
    }
  }
`);

describe('createConversation', () => {
  it('starts a conversation with an initial message to a contact given by identifier', async () => {
    const result = await gw.query(CREATE, {
      input: {
        name: 'Order #1234',
        channelId: active.channelId,
        participants: [
          { type: 'CONTACT', identifierKey: 'phonenumber', identifierValue: '+31612345678' },
        ],
        initialMessage: {
          body: { text: { text: 'Hello, world!' } },
          recipients: [
            { type: 'TO', identifierKey: 'phonenumber', identifierValue: '+31612345678' },
          ],
        },
        attributes: { ticket: '1234' },
        accessibility: 'INVITE_ONLY',
      },
    });

    expect(result.errors).toBeUndefined();
    const conversation = result.data?.createConversation.conversation;
    expect(conversation).toMatchObject({
      name: 'Order #1234',
      status: 'ACTIVE',
      visibility: 'PUBLIC',
      accessibility: 'INVITE_ONLY',
      attributes: { ticket: '1234' },
      initiatingParticipant: { __typename: 'AccessKeyParticipant', id: keyId, type: 'ACCESS_KEY' },
      lastMessage: {
        type: 'TEXT',
        text: 'Hello, world!',
        message: { body: { __typename: 'TextBody', text: 'Hello, world!' } },
      },
    });
    expect(conversation?.featuredParticipants).toContainEqual({
      __typename: 'ContactParticipant',
      identifierKey: 'phonenumber',
      identifierValue: '+31612345678',
    });
    const post = gw.calls().find((c) => c.method === 'POST');
    expect(post?.body).toMatchObject({
      participants: [
        { type: 'contact', identifierKey: 'phonenumber', identifierValue: '+31612345678' },
      ],
      initialMessage: { body: { type: 'text', text: { text: 'Hello, world!' } } },
      accessibility: 'invite-only',
    });
  });

  it('gives the initial message a reference when the client leaves it out', async () => {
    const result = await gw.query(CREATE, {
      input: {
        name: 'No reference given',
        channelId: active.channelId,
        participants: [
          { type: 'CONTACT', identifierKey: 'phonenumber', identifierValue: '+31600000001' },
        ],
        initialMessage: { body: { text: { text: 'Hi' } } },
      },
    });

    expect(result.data?.createConversation.conversation?.lastMessage?.message?.reference).toMatch(
      /^[0-9a-f-]{36}$/,
    );
  });

  it('refuses more than five participants without calling upstream', async () => {
    const participants = Array.from({ length: 6 }, (_, i) => ({
      type: 'CONTACT',
      identifierKey: 'phonenumber',
      identifierValue: `+3161000000${i}`,
    }));

    const result = await gw.queryText(CREATE, {
      input: { name: 'Too many', channelId: active.channelId, participants },
    });

    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.extensions?.details).toHaveProperty('participants');
    expect(gw.calls()).toHaveLength(0);
  });

  it('refuses a conversation without a name without calling upstream, as Bird would', async () => {
    const result = await gw.query(CREATE, {
      input: {
        channelId: active.channelId,
        initialMessage: { body: { text: { text: 'Hi' } } },
      },
    });

    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.extensions?.details).toEqual({ name: ['required'] });
    expect(gw.calls()).toHaveLength(0);
  });

  it('refuses a body with two members (oneOf) without calling upstream', async () => {
    const result = await gw.queryText(CREATE, {
      input: {
        name: 'Two bodies',
        channelId: active.channelId,
        initialMessage: { body: { text: { text: 'a' }, gif: { mediaUrl: 'https://x/y.gif' } } },
      },
    });

    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(gw.calls()).toHaveLength(0);
  });
});

describe('replyToConversation', () => {
  it('sends a reply that becomes the conversation’s last message', async () => {
    const result = await gw.query(REPLY, {
      input: {
        conversationId: active.id,
        participantId: keyId,
        participantType: 'ACCESS_KEY',
        body: { text: { text: 'We are on it.' } },
        reference: 'reply-1',
        addMissingParticipants: true,
      },
    });

    expect(result.errors).toBeUndefined();
    const message = result.data?.replyToConversation.message;
    expect(message).toMatchObject({
      reference: 'reply-1',
      draft: false,
      status: 'ACCEPTED',
      previewText: 'We are on it.',
      sender: { __typename: 'AccessKeyParticipant', id: keyId },
      body: { __typename: 'TextBody', text: 'We are on it.' },
      conversation: { id: active.id, lastMessage: { text: 'We are on it.' } },
    });
    expect(gw.calls().filter((c) => c.method === 'POST')).toHaveLength(1);
  });

  it('answers CONVERSATION_CLOSED for a closed conversation and sends nothing twice', async () => {
    await gw.rest(z.unknown(), 'PATCH', `/conversations/${active.id}`, { status: 'closed' });
    gw.clearCalls();

    const result = await gw.queryText(REPLY, {
      input: {
        conversationId: active.id,
        participantId: keyId,
        participantType: 'ACCESS_KEY',
        body: { text: { text: 'Too late' } },
        addMissingParticipants: true,
      },
    });

    expect(result.errors?.[0]?.extensions?.code).toBe('CONVERSATION_CLOSED');
    expect(result.errors?.[0]?.message).toMatch(/closed/i);
    expect(result.errors?.[0]?.extensions?.upstream).toEqual({
      status: 422,
      code: 'ConversationClosed',
    });
    expect(result.data).toEqual(null);
    expect(gw.calls().filter((c) => c.method === 'POST')).toHaveLength(1);
  });

  it('needs exactly one of body or template', async () => {
    const result = await gw.queryText(REPLY, {
      input: { conversationId: active.id, participantId: keyId, participantType: 'ACCESS_KEY' },
    });

    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(gw.calls()).toHaveLength(0);
  });
});

describe('updateConversation', () => {
  const UPDATE = `mutation ($input: UpdateConversationInput!) { updateConversation(input: $input) { conversation { id name description status visibility accessibility attributes } } }`;

  it('sends only the fields given', async () => {
    const result = await gw.queryText(UPDATE, { input: { id: active.id, status: 'CLOSED' } });

    expect(result.data).toMatchObject({
      updateConversation: { conversation: { status: 'CLOSED', name: active.name } },
    });
    expect(gw.calls().find((c) => c.method === 'PATCH')?.body).toEqual({ status: 'closed' });
  });

  it('sends an explicit null to clear the description', async () => {
    const result = await gw.queryText(UPDATE, {
      input: { id: active.id, description: null, visibility: 'PRIVATE' },
    });

    expect(result.errors).toBeUndefined();
    expect(gw.calls().find((c) => c.method === 'PATCH')?.body).toEqual({
      description: null,
      visibility: 'private',
    });
  });

  it('refuses to clear the status', async () => {
    const result = await gw.queryText(UPDATE, { input: { id: active.id, status: null } });

    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(gw.calls()).toHaveLength(0);
  });

  it('answers NOT_FOUND for an unknown conversation', async () => {
    const result = await gw.queryText(UPDATE, {
      input: { id: '00000000-0000-4000-8000-000000000000', name: 'x' },
    });

    expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('the other operations', () => {
  it('deletes a conversation and names it by the global id clients cached it under', async () => {
    const before = await gw.queryText(`query ($id: ID!) { conversation(id: $id) { id } }`, {
      id: active.id,
    });
    const globalId = z.object({ conversation: z.object({ id: z.string() }) }).parse(before.data)
      .conversation.id;
    const result = await gw.queryText(
      `mutation ($id: ID!) { deleteConversation(input: { id: $id }) { deletedConversationId deletedConversationBirdId } }`,
      { id: globalId },
    );

    expect(result.data).toEqual({
      deleteConversation: { deletedConversationId: globalId, deletedConversationBirdId: active.id },
    });
    const after = await gw.queryText(`query ($id: ID!) { conversation(id: $id) { id } }`, {
      id: active.id,
    });
    expect(after.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('edits and then sends a draft, and deletes a message', async () => {
    const draft = await gw.query(REPLY, {
      input: {
        conversationId: active.id,
        participantId: keyId,
        participantType: 'ACCESS_KEY',
        body: { text: { text: 'draft v1' } },
        draft: true,
        addMissingParticipants: true,
      },
    });
    const id = draft.data?.replyToConversation.message?.id ?? '';
    expect(draft.data?.replyToConversation.message?.draft).toBe(true);

    const edited = await gw.queryText(
      `mutation ($c: ID!, $id: ID!) { updateMessage(input: { conversationId: $c, id: $id, body: { text: { text: "draft v2" } }, draft: false }) { message { draft previewText } } }`,
      { c: active.id, id },
    );
    expect(edited.data).toEqual({
      updateMessage: { message: { draft: false, previewText: 'draft v2' } },
    });

    const again = await gw.queryText(
      `mutation ($c: ID!, $id: ID!) { updateMessage(input: { conversationId: $c, id: $id, draft: true }) { message { id } } }`,
      { c: active.id, id },
    );
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');

    const deleted = await gw.queryText(
      `mutation ($c: ID!, $id: ID!) { deleteMessage(input: { conversationId: $c, id: $id }) { deletedMessageId } }`,
      { c: active.id, id },
    );
    expect(deleted.data).toEqual({ deleteMessage: { deletedMessageId: id } });
  });

  it('adds a contact by identifier once, then reports it as already there', async () => {
    const input = {
      conversationId: active.id,
      participant: {
        type: 'CONTACT' as const,
        identifierKey: 'phonenumber',
        identifierValue: '+31699999999',
      },
    };

    const first = await gw.query(ADD, { input });
    const second = await gw.query(ADD, { input });

    expect(first.data?.addParticipant).toMatchObject({
      created: true,
      participant: {
        __typename: 'ContactParticipant',
        identifierValue: '+31699999999',
        status: 'ACTIVE',
      },
    });
    expect(second.data?.addParticipant.created).toBe(false);

    const participant = first.data?.addParticipant.participant;
    const contactId = participant?.__typename === 'ContactParticipant' ? participant.id : '';
    const updated = await gw.queryText(
      `mutation ($c: ID!, $p: ID!) { updateParticipant(input: { conversationId: $c, participantId: $p, status: INVITED }) { participant { ... on ParticipantBase { status } } } }`,
      { c: active.id, p: contactId },
    );
    expect(updated.data).toEqual({ updateParticipant: { participant: { status: 'INVITED' } } });

    const removed = await gw.queryText(
      `mutation ($c: ID!, $p: ID!) { removeParticipant(input: { conversationId: $c, participantId: $p }) { removedParticipantId } }`,
      { c: active.id, p: contactId },
    );
    expect(removed.data).toEqual({ removeParticipant: { removedParticipantId: contactId } });
  });

  it('creates an upload URL that accepts the file', async () => {
    const result = await gw.query(UPLOAD_URL, { c: active.id });
    const upload = result.data?.createUploadUrl;
    if (!upload) throw new Error(JSON.stringify(result.errors));

    const form = new FormData();
    const fields = z.record(z.string(), z.string()).parse(upload.uploadFormData);
    for (const [k, v] of Object.entries(fields)) form.append(k, v);
    form.append(
      'file',
      new Blob([new Uint8Array([137, 80, 78, 71])], { type: 'image/png' }),
      'x.png',
    );
    const response = await fetch(upload.uploadUrl, { method: upload.uploadMethod, body: form });

    expect(upload.uploadMethod).toBe('POST');
    expect(response.status).toBeLessThan(300);
    // Bird's URL needs the access key; the gateway's link does not, and serves the uploaded file.
    expect((await fetch(upload.mediaUrl)).status).toBe(401);
    const preview = await fetch(new URL(upload.previewUrl, gw.url));
    expect(preview.status).toBe(200);
    expect(new Uint8Array(await preview.arrayBuffer())).toEqual(new Uint8Array([137, 80, 78, 71]));
  });
});
