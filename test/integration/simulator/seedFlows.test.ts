import { describe, expect, it } from 'vitest';
import { withSimulator } from '../../helpers/simulator.js';
import { conversationShape, messageShape, pageShape } from './birdShapes.js';
import { fieldPaths, missingPaths } from './fieldPaths.js';
import {
  SEED_CREATE_EMAIL_CONVERSATION,
  SEED_CREATE_WHATSAPP_TEMPLATE_CONVERSATION,
  SEED_GET_CONVERSATION,
  SEED_LIST_CONVERSATIONS,
  SEED_PARTICIPANT_CONVERSATIONS,
  SEED_REPLY_MESSAGE,
  SEED_UPDATE_CONVERSATION,
} from './seedResponses.js';

const SMS_CHANNEL = '5da69b04-d462-5efd-9b65-28dbae1e0482';
const WHATSAPP_CHANNEL = '199f0353-fcb8-41b2-afd6-614c6baf3850';
const EMAIL_CHANNEL = '25431165-c486-4a94-94f6-b3633c9af905';

/** The request of seed 000's "My first conversation" example. */
const firstConversation = {
  participants: [
    { type: 'contact', identifierValue: '+31627543581', identifierKey: 'phonenumber' },
  ],
  name: 'My first conversation',
  channelId: SMS_CHANNEL,
  initialMessage: {
    recipients: [{ type: 'to', identifierValue: '+31627543581', identifierKey: 'phonenumber' }],
    body: { type: 'text', text: { text: 'Hello, world!' } },
  },
};

/**
 * The seeds predate two fields production shows on every conversation (bird-api.md §7): `style`,
 * and `lastMessageOutgoingAt` once something was sent.
 */
function withSection7Fields(seedResponse: unknown): Set<string> {
  return new Set([...fieldPaths(seedResponse), 'style', 'lastMessageOutgoingAt']);
}

describe("the seed documents' curl flows", () => {
  const client = withSimulator();

  it('creates an email conversation with an initial message in exactly the field set of seed 002', async () => {
    const created = await client().expect(conversationShape, 201, 'POST', '/conversations', {
      body: {
        name: 'Email Subject',
        channelId: EMAIL_CHANNEL,
        participants: [
          { type: 'contact', identifierKey: 'emailaddress', identifierValue: 'john.doe@bird.com' },
        ],
        initialMessage: {
          body: { type: 'text', text: { text: 'Hey, listen!' } },
          recipients: [
            { identifierKey: 'emailaddress', identifierValue: 'john.doe@bird.com', type: 'to' },
          ],
        },
        attributes: { 'my-custom-attribute': '123' },
      },
    });
    expect(fieldPaths(created)).toEqual(withSection7Fields(SEED_CREATE_EMAIL_CONVERSATION));
    expect(created.platformStyle).toBe('email');
    expect(created.featuredParticipants.map((p) => [p.type, p.displayName])).toEqual([
      ['accessKey', client().tenant.accessKeyName],
      ['contact', 'John Doe'],
    ]);
    expect(created.initiatingParticipant?.id).toBe(client().tenant.accessKeyId);
    expect(created.lastMessage?.preview.text).toBe('Hey, listen!');
    expect(created.lastMessage?.recipients?.[0]?.contactAnnotation.name).toBe('John Doe');
    expect(created.attributes).toEqual({ 'my-custom-attribute': '123' });
  });

  it('renders a WhatsApp template initial message as a list message with the seed preview', async () => {
    const created = await client().expect(conversationShape, 201, 'POST', '/conversations', {
      body: {
        name: 'Ticket name',
        channelId: WHATSAPP_CHANNEL,
        participants: [
          { type: 'contact', identifierKey: 'phonenumber', identifierValue: '+31612345678' },
        ],
        initialMessage: {
          template: {
            projectId: '4720942c-9bde-4934-ab77-f600743894a1',
            version: '5c0e4db5-20f2-4224-86f4-fce052997608',
            locale: 'en',
            parameters: [{ type: 'string', key: 'age', value: '20' }],
          },
          recipients: [
            { identifierKey: 'phonenumber', identifierValue: '+31612345678', type: 'to' },
          ],
        },
        attributes: { 'my-custom-attribute': '123' },
      },
    });
    expect(fieldPaths(created)).toEqual(
      withSection7Fields(SEED_CREATE_WHATSAPP_TEMPLATE_CONVERSATION),
    );
    expect(created.lastMessage?.type).toBe('list');
    expect(created.lastMessage?.preview.text).toBe("Message type 'list' was sent.");
    expect(created.platformStyle).toBe('direct');
    expect(created.featuredParticipants[1]?.displayName).toBe('+31612345678');
  });

  it('renders an email template initial message as html with an empty preview, as in seed 002', async () => {
    const created = await client().expect(conversationShape, 201, 'POST', '/conversations', {
      body: {
        name: 'Email Subject',
        channelId: EMAIL_CHANNEL,
        participants: [
          { type: 'contact', identifierKey: 'emailaddress', identifierValue: 'john.doe@bird.com' },
        ],
        initialMessage: {
          template: {
            projectId: 'p',
            version: 'v',
            locale: 'en',
            parameters: [{ type: 'string', key: 'myVariable', value: 'yay' }],
          },
        },
      },
    });
    expect(created.lastMessage?.type).toBe('html');
    expect(created.lastMessage?.preview.text).toBe('');
  });

  it('replies, lists, gets and updates with the field sets of seed 000', async () => {
    const created = await client().expect(conversationShape, 201, 'POST', '/conversations', {
      body: firstConversation,
    });
    const reply = await client().expect(
      messageShape,
      201,
      'POST',
      `/conversations/${created.id}/messages`,
      {
        body: {
          body: {
            type: 'text',
            text: { text: 'Aut eum ut qui quod est voluptatum numquam sit sed.' },
          },
          participantId: client().tenant.accessKeyId,
          participantType: 'accessKey',
        },
      },
    );
    expect(missingPaths(SEED_REPLY_MESSAGE, reply)).toEqual([]);
    expect(reply.conversationId).toBe(created.id);

    const list = await client().expect(pageShape(conversationShape), 200, 'GET', '/conversations');
    expect(missingPaths(SEED_LIST_CONVERSATIONS, list)).toEqual([]);
    expect(list.results[0]?.id).toBe(created.id);

    const fetched = await client().expect(
      conversationShape,
      200,
      'GET',
      `/conversations/${created.id}`,
    );
    expect(missingPaths(SEED_GET_CONVERSATION, fetched)).toEqual([]);
    expect(fetched.lastMessage?.id).toBe(reply.id);
    expect(fetched.lastMessage?.preview.text).toBe(
      'Aut eum ut qui quod est voluptatum numquam sit sed.',
    );
    expect(Date.parse(fetched.updatedAt)).toBeGreaterThanOrEqual(Date.parse(reply.createdAt));

    const updated = await client().expect(
      conversationShape,
      200,
      'PATCH',
      `/conversations/${created.id}`,
      {
        body: {
          visibility: 'private',
          accessibility: 'invite-only',
          name: 'Support Ticket #123',
          attributes: { ticketId: '123', department: 'technical-support' },
        },
      },
    );
    expect(missingPaths(SEED_UPDATE_CONVERSATION, updated)).toEqual([]);
    expect(updated).toMatchObject({
      visibility: 'private',
      accessibility: 'invite-only',
      name: 'Support Ticket #123',
      attributes: { ticketId: '123', department: 'technical-support' },
    });
  });

  it("lists a contact's conversations on a channel with the field set of seed 000", async () => {
    const created = await client().expect(conversationShape, 201, 'POST', '/conversations', {
      body: { ...firstConversation, attributes: { department: 'support', ticketId: '1000' } },
    });
    const contactId = created.featuredParticipants.find((p) => p.type === 'contact')?.id ?? '';
    const list = await client().expect(
      pageShape(conversationShape),
      200,
      'GET',
      `/participants/${contactId}/conversations?status=active&channelId=${SMS_CHANNEL}`,
    );
    expect(missingPaths(SEED_PARTICIPANT_CONVERSATIONS, list)).toEqual([]);
    expect(list.results.map((c) => c.id)).toContain(created.id);
  });
});
