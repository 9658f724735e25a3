import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { graphql } from '../gql/index.js';
import { startTestGateway, type TestGateway } from '../helpers/gateway.js';
import {
  apolloClient,
  pollUntil,
  publishTextMessage,
  Received,
  replyAsKey,
  sseClient,
} from '../helpers/subscriptions.js';

const CONVERSATIONS = z.object({
  results: z.array(z.object({ id: z.string(), status: z.string() })),
});
type RestConversation = z.output<typeof CONVERSATIONS>['results'][number];

let gw: TestGateway;
let active: RestConversation;
let keyId: string;
let workspaceA: string;
let tenantB: { workspaceId: string; accessKey: string };
const stops: (() => void)[] = [];

beforeAll(async () => {
  gw = await startTestGateway({ env: { SUBSCRIPTION_HEARTBEAT_MS: '200' } });
  const [a, b] = gw.simulator.tenants;
  if (a === undefined || b === undefined) throw new Error('the simulator needs two tenants');
  keyId = a.accessKeyId;
  workspaceA = a.workspaceId;
  tenantB = { workspaceId: b.workspaceId, accessKey: b.accessKey };
});
afterAll(() => gw.close());
beforeEach(async () => {
  gw.simulator.reset();
  const list = await gw.rest(CONVERSATIONS, 'GET', '/conversations?limit=50');
  const found = list.body.results.find((c) => c.status === 'active');
  if (!found) throw new Error('the seed has no active conversation');
  active = found;
});
afterEach(async () => {
  for (const stop of stops.splice(0)) stop();
  await pollUntil(() => gw.gateway.subscriptions.size === 0, 'every subscription to end');
});

interface MessageAdded {
  readonly messageAdded: { readonly id: string; readonly previewText: string | null };
}
const MESSAGE_ADDED = 'subscription { messageAdded { id: birdId previewText } }';

const reply = (text: string): Promise<string> => replyAsKey(gw, active.id, keyId, text);

/** Publishes a message with its content on the bus, as webhook intake would. */
function publishMessage(workspaceId: string, id: string): void {
  publishTextMessage(gw, {
    workspaceId,
    conversationId: active.id,
    keyId,
    id,
    text: `bus ${id}`,
  });
}

function subscribeSse(headers: Record<string, string> = {}): Received<MessageAdded> {
  const received = new Received<MessageAdded>();
  const stop = sseClient(gw, headers).subscribe<MessageAdded>(
    { query: MESSAGE_ADDED },
    {
      next: (result) => {
        if (result.data) received.push(result.data);
        if (result.errors) received.fail(result.errors);
      },
      error: (error) => {
        received.fail(error);
      },
      complete: () => undefined,
    },
  );
  stops.push(stop);
  return received;
}

describe('subscriptions over graphql-sse (/graphql/stream)', () => {
  it('delivers a reply and a bus event once each, and nothing of another workspace', async () => {
    const ours = subscribeSse();
    const theirs = subscribeSse({
      authorization: `AccessKey ${tenantB.accessKey}`,
      'x-bird-workspace-id': tenantB.workspaceId,
    });
    await pollUntil(() => gw.gateway.subscriptions.size === 2, 'two subscriptions');

    const id = await reply('Over server-sent events');
    publishMessage(workspaceA, id);
    publishMessage(workspaceA, 'from-intake');
    await ours.until((d) => d.messageAdded.id === 'from-intake', 'the bus event');
    publishMessage(tenantB.workspaceId, 'for-b');
    await theirs.until((d) => d.messageAdded.id === 'for-b', 'B’s own event');

    expect(ours.items.map((d) => d.messageAdded)).toEqual([
      { id, previewText: 'Over server-sent events' },
      { id: 'from-intake', previewText: 'bus from-intake' },
    ]);
    expect(theirs.items.map((d) => d.messageAdded.id)).toEqual(['for-b']);
  });

  it('answers 401 before opening a stream for a key Bird does not know', async () => {
    const response = await fetch(`${gw.url}/stream`, {
      method: 'POST',
      headers: {
        accept: 'text/event-stream',
        'content-type': 'application/json',
        authorization: 'AccessKey not-a-real-key',
        'x-bird-workspace-id': workspaceA,
      },
      body: JSON.stringify({ query: MESSAGE_ADDED }),
    });
    const body: unknown = await response.json();

    expect(response.status).toBe(401);
    expect(body).toMatchObject({ errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] });
    expect(gw.gateway.subscriptions.size).toBe(0);
  });
});

const CONVERSATION_UPDATED = graphql(`
  subscription HttpSubscriptionUpdated($c: ID) {
    conversationUpdated(conversationId: $c) {
      id: birdId
      lastMessage {
        text
      }
    }
  }
`);
const MESSAGE_ADDED_DOC = graphql(`
  subscription HttpSubscriptionAdded {
    messageAdded {
      id: birdId
      previewText
    }
  }
`);

describe('multipart HTTP subscriptions (Apollo Client 4)', () => {
  it('delivers messageAdded and conversationUpdated for a reply, once each', async () => {
    const client = apolloClient(gw);
    const added = new Received<MessageAdded>();
    const updated = new Received<string | null>();
    const a = client.subscribe({ query: MESSAGE_ADDED_DOC }).subscribe({
      next: (result) => {
        if (result.data) added.push(result.data);
      },
      error: (error: unknown) => {
        added.fail(error);
      },
    });
    const u = client
      .subscribe({ query: CONVERSATION_UPDATED, variables: { c: active.id } })
      .subscribe({
        next: (result) => {
          updated.push(result.data?.conversationUpdated.lastMessage?.text ?? null);
        },
      });
    stops.push(
      () => {
        a.unsubscribe();
      },
      () => {
        u.unsubscribe();
      },
    );
    await pollUntil(() => gw.gateway.subscriptions.size === 2, 'two subscriptions');

    const id = await reply('Over multipart');
    await updated.until((text) => text === 'Over multipart', 'conversationUpdated');
    publishMessage(workspaceA, id);
    publishMessage(workspaceA, 'after');
    await added.until((d) => d.messageAdded.id === 'after', 'the bus event');

    expect(added.items.map((d) => d.messageAdded.id)).toEqual([id, 'after']);
  });

  it('sends heartbeats and the multipart content type of the protocol', async () => {
    const response = await fetch(gw.url, {
      method: 'POST',
      headers: {
        accept: 'multipart/mixed;subscriptionSpec="1.0", application/json',
        'content-type': 'application/json',
      },
      body: JSON.stringify({ query: MESSAGE_ADDED }),
    });
    expect(response.headers.get('content-type')).toBe(
      'multipart/mixed;boundary="graphql";subscriptionSpec="1.0"',
    );
    if (response.body === null) throw new Error('no body');
    let text = '';
    const decoder = new TextDecoder();
    for await (const chunk of response.body) {
      const bytes: unknown = chunk;
      if (!(bytes instanceof Uint8Array)) throw new Error('the body is not bytes');
      text += decoder.decode(bytes, { stream: true });
      if (text.includes('\r\n\r\n{}')) break;
    }

    expect(text).toMatch(
      /^\r\n--graphql\r\ncontent-type: application\/json; charset=utf-8\r\n\r\n\{\}/,
    );
  });

  it('refuses a key Bird does not know with 401 before streaming', async () => {
    const response = await fetch(gw.url, {
      method: 'POST',
      headers: {
        accept: 'multipart/mixed;subscriptionSpec="1.0"',
        'content-type': 'application/json',
        authorization: 'AccessKey not-a-real-key',
        'x-bird-workspace-id': workspaceA,
      },
      body: JSON.stringify({ query: MESSAGE_ADDED }),
    });

    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({
      errors: [{ extensions: { code: 'UNAUTHENTICATED' } }],
    });
  });
});

describe('a subscription sent as an ordinary request', () => {
  it('is refused with BAD_REQUEST naming the streaming transports', async () => {
    const result = await gw.queryText(MESSAGE_ADDED);

    expect(result.status).toBe(400);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
    expect(result.errors?.[0]?.message).toContain('graphql-transport-ws');
    expect(gw.gateway.subscriptions.size).toBe(0);
  });
});
