/**
 * Bird adds enum values, participant types and body types over time, and leaves fields out. A
 * scripted upstream answers with such data (the simulator only produces what it knows); the
 * gateway must serve it without failing the query.
 */
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/index.js';
import { createLogger } from '../../src/observability/logger.js';
import { createGateway, type Gateway } from '../../src/server.js';

const CONVERSATION = {
  id: 'c-1',
  name: 'From the future',
  status: 'archived',
  visibility: 'secret',
  accessibility: 'by-approval',
  featuredParticipants: [
    { id: 'p-1', type: 'teammate', status: 'dormant', displayName: 'New kind of participant' },
    { id: 'p-2', type: 'bot', displayName: 'A bot' },
    {
      id: 'p-3',
      type: 'contact',
      contact: { identifierKey: 'phonenumber', identifierValue: '+31600000000' },
    },
  ],
  lastMessage: {
    id: 'm-1',
    type: 'sticker',
    preview: { text: 'A sticker' },
    status: 'seen_by_martians',
    sender: { id: 'p-2', type: 'bot' },
    createdAt: '2026-01-02T03:04:05.678Z',
  },
  // Bird's timestamps are not always in the canonical form (seed 000 shows "14:21:24.42Z").
  createdAt: '2026-01-01T00:00:00.5Z',
  updatedAt: '2026-01-02T05:04:05.678+02:00',
};

const MESSAGE = {
  id: 'm-1',
  conversationId: 'c-1',
  sender: { id: 'p-2', type: 'bot' },
  recipients: [{ type: 'bcc-ish', identifierValue: '+31600000000' }],
  status: 'seen_by_martians',
  source: 'satellite',
  body: { type: 'sticker', sticker: { packId: 'cats', index: 3 } },
  createdAt: '2026-01-02T03:04:05.678Z',
  updatedAt: '2026-01-02T03:04:05.678Z',
};

let upstream: Server;
let gateway: Gateway;
let url: string;

beforeAll(async () => {
  upstream = createServer((req, res) => {
    const path = req.url?.split('?')[0] ?? '';
    const body = path.endsWith('/messages')
      ? { results: [MESSAGE], total: 1 }
      : path.endsWith('/messages/m-1')
        ? MESSAGE
        : CONVERSATION;
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  });
  upstream.listen(0, '127.0.0.1');
  await once(upstream, 'listening');
  const address = upstream.address();
  if (address === null || typeof address === 'string') throw new Error('no port');

  const config = loadConfig({
    NODE_ENV: 'test',
    BIRD_API_URL: `http://127.0.0.1:${address.port}`,
    BIRD_WORKSPACE_ID: 'ws-1',
    BIRD_ACCESS_KEY: 'scripted-upstream-key',
    GATEWAY_ALLOW_ANONYMOUS: 'true',
    RATE_LIMIT_GET_PER_SECOND: '0',
  });
  gateway = await createGateway(config, { logger: createLogger('silent') });
  gateway.server.listen(0, '127.0.0.1');
  await once(gateway.server, 'listening');
  const own = gateway.server.address();
  if (own === null || typeof own === 'string') throw new Error('no port');
  url = `http://127.0.0.1:${own.port}/graphql`;
});
afterAll(async () => {
  gateway.server.closeAllConnections();
  await gateway.stop();
  upstream.closeAllConnections();
  upstream.close();
});

async function query(text: string): Promise<{ data?: unknown; errors?: unknown[] }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: text }),
  });
  const parsed: unknown = await response.json();
  return typeof parsed === 'object' && parsed !== null ? parsed : {};
}

describe('values Bird adds later, and shapes it varies', () => {
  it('serves unknown enum values as UNKNOWN and unknown participant types as OtherParticipant', async () => {
    const result = await query(`{
      conversation(id: "c-1") {
        status visibility accessibility channelId activeParticipantCount createdAt updatedAt
        featuredParticipants { __typename ... on ParticipantBase { type status displayName } ... on OtherParticipant { rawType } }
        lastMessage { type status text sender { __typename } }
      }
    }`);

    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      conversation: {
        status: 'UNKNOWN',
        visibility: 'UNKNOWN',
        accessibility: 'UNKNOWN',
        channelId: null,
        activeParticipantCount: null,
        createdAt: '2026-01-01T00:00:00.500Z',
        updatedAt: '2026-01-02T03:04:05.678Z',
        featuredParticipants: [
          {
            __typename: 'OtherParticipant',
            type: 'UNKNOWN',
            status: 'UNKNOWN',
            displayName: 'New kind of participant',
            rawType: 'teammate',
          },
          {
            __typename: 'OtherParticipant',
            type: 'BOT',
            status: null,
            displayName: 'A bot',
            rawType: 'bot',
          },
          { __typename: 'ContactParticipant', type: 'CONTACT', status: null, displayName: null },
        ],
        lastMessage: {
          type: 'UNKNOWN',
          status: 'UNKNOWN',
          text: 'A sticker',
          sender: { __typename: 'OtherParticipant' },
        },
      },
    });
  });

  it('serves an unknown body type as UnsupportedBody with its raw JSON', async () => {
    const result = await query(`{
      message(conversationId: "c-1", id: "m-1") {
        status source previewText recipients { type identifierValue }
        body { __typename ... on UnsupportedBody { type raw } }
      }
    }`);

    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      message: {
        status: 'UNKNOWN',
        source: 'UNKNOWN',
        previewText: '[sticker]',
        recipients: [{ type: 'UNKNOWN', identifierValue: '+31600000000' }],
        body: { __typename: 'UnsupportedBody', type: 'sticker', raw: MESSAGE.body },
      },
    });
  });
});
