import { conversationGlobalId, deletedConversationGlobalId } from '../../src/ids/objectIds.js';
import type { Client as WsClient } from 'graphql-ws';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { messageDedupeKey } from '../../src/realtime/keys.js';
import { z } from 'zod';
import { startTestGateway, type TestGateway } from '../helpers/gateway.js';
import {
  closeCodeOf,
  collectWs,
  pollUntil,
  publishTextMessage,
  Received,
  replyAsKey,
  wsClient,
} from '../helpers/subscriptions.js';

const CONVERSATIONS = z.object({
  results: z.array(z.object({ id: z.string(), status: z.string() })),
});
type RestConversation = z.output<typeof CONVERSATIONS>['results'][number];
const MESSAGES = z.object({ results: z.array(z.object({ id: z.string() })) });

let gw: TestGateway;
let active: RestConversation;
let keyId: string;
let workspaceA: string;
let tenantB: { workspaceId: string; accessKey: string };

beforeAll(async () => {
  gw = await startTestGateway();
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
  gw.clearCalls();
});
afterEach(async () => {
  // The server ends a closed connection's subscriptions shortly after the close: wait for it, so
  // the next test counts only its own.
  for (const client of clients.splice(0)) await client.dispose();
  await pollUntil(() => gw.gateway.subscriptions.size === 0, 'every subscription to end');
});

const clients: WsClient[] = [];

/** A graphql-ws client that is disposed after the test. */
function connect(params: Record<string, string> = {}, onClosed?: (event: unknown) => void) {
  const client = wsClient(gw, params, onClosed);
  clients.push(client);
  return client;
}

interface MessageAdded {
  readonly messageAdded: { readonly id: string; readonly previewText: string | null };
}
const MESSAGE_ADDED = `subscription ($c: ID) { messageAdded(conversationId: $c) { id: birdId previewText } }`;

interface ConversationUpdated {
  readonly conversationUpdated: {
    readonly id: string;
    readonly lastMessage: { readonly text: string | null } | null;
  };
}
const CONVERSATION_UPDATED = `subscription ($c: ID) {
  conversationUpdated(conversationId: $c) { id: birdId lastMessage { text } }
}`;

const reply = (text: string): Promise<string> => replyAsKey(gw, active.id, keyId, text);

/** Publishes a message with its content on the bus, as intake would after a webhook. */
function publishMarker(workspaceId: string, id: string): void {
  publishTextMessage(gw, {
    workspaceId,
    conversationId: active.id,
    keyId,
    id,
    text: `marker ${id}`,
  });
}

describe('subscriptions over graphql-ws', () => {
  it('delivers a reply sent through the gateway once, as messageAdded and conversationUpdated', async () => {
    const client = connect();
    const added = collectWs<MessageAdded>(client, MESSAGE_ADDED, { c: active.id });
    const updated = collectWs<ConversationUpdated>(client, CONVERSATION_UPDATED, { c: active.id });
    await pollUntil(() => gw.gateway.subscriptions.size === 2, 'two subscriptions');

    const id = await reply('Live from the gateway');
    await added.received.until((d) => d.messageAdded.id === id, 'messageAdded for the reply');
    await updated.received.until(
      (d) => d.conversationUpdated.lastMessage?.text === 'Live from the gateway',
      'conversationUpdated for the reply',
    );
    // Intake would find the message claimed and not publish it; if something publishes it anyway,
    // subscribers still get it once.
    expect(await gw.gateway.dedupe.claim(messageDedupeKey(workspaceA, id), 60_000)).toBe(false);
    publishMarker(workspaceA, id);
    publishMarker(workspaceA, 'marker-1');
    await added.received.until((d) => d.messageAdded.id === 'marker-1', 'the marker');

    expect(added.received.items.map((d) => d.messageAdded.id)).toEqual([id, 'marker-1']);
    expect(added.received.items[0]?.messageAdded.previewText).toBe('Live from the gateway');
  });

  it('fetches a webhook message from Bird once for all subscribers of a credential', async () => {
    const messages = await gw.rest(MESSAGES, 'GET', `/conversations/${active.id}/messages?limit=1`);
    const existing = messages.body.results[0];
    if (existing === undefined) throw new Error('the conversation has no message');
    const first = connect();
    const second = connect();
    const a = collectWs<MessageAdded>(first, MESSAGE_ADDED);
    const b = collectWs<MessageAdded>(second, MESSAGE_ADDED, { c: active.id });
    await pollUntil(() => gw.gateway.subscriptions.size === 2, 'two subscriptions');
    gw.clearCalls();

    gw.gateway.events.publish({
      type: 'message.added',
      workspaceId: workspaceA,
      eventId: 'webhook-request-1',
      source: 'webhook',
      conversationId: active.id,
      messageId: existing.id,
    });
    const [gotA, gotB] = await Promise.all([
      a.received.until((d) => d.messageAdded.id === existing.id, 'the message on connection 1'),
      b.received.until((d) => d.messageAdded.id === existing.id, 'the message on connection 2'),
    ]);

    expect(gotA).toEqual(gotB);
    expect(gw.calls().map((c) => `${c.method} ${c.path}`)).toEqual([
      `GET /workspaces/${workspaceA}/conversations/${active.id}/messages/${existing.id}`,
    ]);
  });

  it('never delivers another workspace’s events', async () => {
    const other = connect({
      Authorization: `AccessKey ${tenantB.accessKey}`,
      'X-Bird-Workspace-Id': tenantB.workspaceId,
    });
    const mine = connect();
    const theirs = collectWs<MessageAdded>(other, MESSAGE_ADDED);
    const ours = collectWs<MessageAdded>(mine, MESSAGE_ADDED);
    await pollUntil(() => gw.gateway.subscriptions.size === 2, 'two subscriptions');

    const id = await reply('Only for workspace A');
    publishMarker(workspaceA, 'marker-a');
    await ours.received.until((d) => d.messageAdded.id === 'marker-a', 'the marker of A');
    publishMarker(tenantB.workspaceId, 'marker-b');
    await theirs.received.until((d) => d.messageAdded.id === 'marker-b', 'the marker of B');

    expect(ours.received.items.map((d) => d.messageAdded.id)).toEqual([id, 'marker-a']);
    expect(theirs.received.items.map((d) => d.messageAdded.id)).toEqual(['marker-b']);
  });

  it('tells a deleted conversation’s global id and Bird id, under an id of its own', async () => {
    const client = connect();
    const deleted = collectWs<{
      conversationDeleted: { id: string; deletedConversationId: string; birdId: string };
    }>(client, 'subscription { conversationDeleted { id deletedConversationId birdId } }');
    await pollUntil(() => gw.gateway.subscriptions.size === 1, 'the subscription');

    const result = await gw.queryText(
      'mutation ($id: ID!) { deleteConversation(input: { id: $id }) { deletedConversationId } }',
      { id: active.id },
    );
    expect(result.errors).toBeUndefined();

    const got = await deleted.received.until(() => true, 'conversationDeleted');
    expect(got.conversationDeleted).toEqual({
      id: deletedConversationGlobalId(active.id),
      deletedConversationId: conversationGlobalId(active.id),
      birdId: active.id,
    });
    const refetched = await gw.queryText('query ($id: ID!) { node(id: $id) { id } }', {
      id: got.conversationDeleted.id,
    });
    expect(refetched.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('graphql-ws credentials', () => {
  async function closeCodeFor(params: Record<string, string>): Promise<number | null> {
    const closed = new Received<unknown>();
    const client = connect(params, (event) => {
      closed.push(event);
    });
    const attempt = collectWs<MessageAdded>(client, MESSAGE_ADDED);
    const event = await closed.until(() => true, 'the connection to close');
    await attempt.done;
    return closeCodeOf(event);
  }

  it('closes with 4401 when Bird does not know the access key, before anything runs', async () => {
    const code = await closeCodeFor({
      authorization: 'AccessKey not-a-real-key',
      'x-bird-workspace-id': workspaceA,
    });

    expect(code).toBe(4401);
    expect(gw.gateway.subscriptions.size).toBe(0);
  });

  it('closes with 4403 when the key has no access to the workspace', async () => {
    const code = await closeCodeFor({
      AUTHORIZATION: `AccessKey ${tenantB.accessKey}`,
      'X-Bird-Workspace-Id': workspaceA,
    });

    expect(code).toBe(4403);
    expect(gw.gateway.subscriptions.size).toBe(0);
  });

  it('closes with 4401 when the authorization cannot be used at all', async () => {
    expect(await closeCodeFor({ authorization: 'Basic abc' })).toBe(4401);
  });

  it('ends the subscriptions with 4401 when Bird refuses the key on a later event', async () => {
    const closed = new Received<unknown>();
    const client = connect({}, (event) => {
      closed.push(event);
    });
    const added = collectWs<MessageAdded>(client, MESSAGE_ADDED);
    await pollUntil(() => gw.gateway.subscriptions.size === 1, 'the subscription');
    // The key is revoked: Bird answers the message fetch with 401.
    gw.simulator.faults.inject({ method: 'GET', path: '**', kind: 'status', status: 401 });

    gw.gateway.events.publish({
      type: 'message.added',
      workspaceId: workspaceA,
      eventId: 'webhook-after-revocation',
      source: 'webhook',
      conversationId: active.id,
      messageId: 'any-message',
    });

    expect(closeCodeOf(await closed.until(() => true, 'the connection to close'))).toBe(4401);
    await added.done;
    expect(added.received.errors).not.toEqual([]);
    await pollUntil(() => gw.gateway.subscriptions.size === 0, 'the subscription to end');
  });
});
