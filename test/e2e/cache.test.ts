/**
 * The per-tenant response cache (issue 14): repeated screens cost Bird nothing, events and the
 * gateway's own writes keep them fresh, a wrong key or another workspace never reads them, and a
 * read racing an invalidation keeps nothing stale. Upstream calls are counted in the simulator's
 * request log.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { BentoCacheStore, type CacheStore, type StoredEntry } from '../../src/cache/store.js';
import { decodeGlobalId } from '../../src/ids/globalId.js';
import { startSimulator, type Simulator } from '../../src/simulator/index.js';
import {
  ConversationThreadDocument,
  InboxDocument,
  SendReplyDocument,
  type InboxQuery,
} from '../gql/graphql.js';
import { startTestGateway, type TestGateway } from '../helpers/gateway.js';
import { waitFor } from '../helpers/waitFor.js';

const conversationSchema = z.looseObject({
  id: z.string(),
  status: z.string(),
  visibility: z.string(),
  accessibility: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  lastMessage: z.looseObject({ id: z.string(), createdAt: z.string() }).nullable().optional(),
});

let simulator: Simulator;
const gateways: TestGateway[] = [];

beforeAll(async () => {
  simulator = await startSimulator({ port: 0, requestLogLimit: 10_000 });
});
beforeEach(() => {
  simulator.requests.clear();
});
afterEach(async () => {
  await Promise.all(gateways.splice(0).map((g) => g.close()));
});
afterAll(() => simulator.close());

/** A gateway forwarding client keys, with the cache on (webhook-length TTL). */
async function cached(
  env: Record<string, string> = {},
  gate = false,
  cacheStore?: CacheStore,
): Promise<TestGateway> {
  const gw = await startTestGateway({
    live: true,
    sharedSimulator: simulator,
    gate,
    env: { CACHE_TTL_SECONDS: '300', ...env },
    ...(cacheStore === undefined ? {} : { deps: { cacheStore } }),
  });
  gateways.push(gw);
  return gw;
}

/** Another writer of the same workspace (an agent elsewhere, or Bird itself): no cache. */
async function elsewhere(): Promise<TestGateway> {
  const gw = await startTestGateway({ live: true, sharedSimulator: simulator });
  gateways.push(gw);
  return gw;
}

const asKey = (key = simulator.accessKey, workspaceId = simulator.workspaceId) => ({
  authorization: `AccessKey ${key}`,
  'x-bird-workspace-id': workspaceId,
  'x-gateway-cost': 'include',
});

const first = (inbox: InboxQuery | null | undefined) => {
  const node = inbox?.conversations.edges[0]?.node;
  if (node === undefined) throw new Error('the inbox is empty');
  return node;
};

/** Sends a reply as the workspace's key through `gw`; returns the new message's global id. */
async function reply(
  gw: TestGateway,
  conversationId: string,
  text: string,
): Promise<{ id: string }> {
  const keyId = simulator.tenants[0]?.accessKeyId ?? '';
  const sent = await gw.query(
    SendReplyDocument,
    { conversationId, participantId: keyId, text },
    asKey(),
  );
  const node = sent.data?.replyToConversation.messageEdge?.node;
  if (node == null) throw new Error(`the reply failed: ${sent.text}`);
  return { id: node.id };
}

/** The Bird id inside a conversation's global id. */
function birdIdOf(globalId: string): string {
  const decoded = decodeGlobalId(globalId);
  if (decoded?.kind !== 'Conversation') throw new Error(`not a conversation id: ${globalId}`);
  return decoded.conversationId;
}

/** Bird's current version of a conversation, published as a verified webhook would be. */
async function publishUpdated(gw: TestGateway, globalId: string): Promise<void> {
  const conversationId = birdIdOf(globalId);
  const { body } = await gw.rest(conversationSchema, 'GET', `/conversations/${conversationId}`);
  await gw.gateway.cache?.onEvent({
    type: 'conversation.updated',
    workspaceId: simulator.workspaceId,
    eventId: `test:${body.updatedAt}`,
    source: 'webhook',
    conversation: body,
  });
}

/** The gateway's own store, counting reads: a test can wait until an operation is reading. */
class CountingStore implements CacheStore {
  reads = 0;
  private readonly inner = new BentoCacheStore({ maxItems: 10_000 });

  getOrLoad<T>(
    key: string,
    tags: readonly string[],
    ttlMs: number,
    load: () => Promise<StoredEntry<T>>,
    fresh: boolean,
  ): Promise<StoredEntry<T>> {
    this.reads += 1;
    return this.inner.getOrLoad(key, tags, ttlMs, load, fresh);
  }
  set<T>(key: string, tags: readonly string[], ttlMs: number, entry: StoredEntry<T>) {
    return this.inner.set(key, tags, ttlMs, entry);
  }
  has(key: string) {
    return this.inner.has(key);
  }
  delete(key: string) {
    return this.inner.delete(key);
  }
  invalidate(tags: readonly string[]) {
    return this.inner.invalidate(tags);
  }
  close() {
    return this.inner.close();
  }
}

describe('the response cache', () => {
  it('serves a repeated inbox within the TTL with no upstream call', async () => {
    const gw = await cached();
    const cold = await gw.query(InboxDocument, {}, asKey());
    expect(cold.errors).toBeUndefined();
    expect(gw.calls().length).toBeGreaterThan(0);

    gw.clearCalls();
    const warm = await gw.query(InboxDocument, {}, asKey());
    expect(warm.data).toEqual(cold.data);
    expect(gw.calls()).toEqual([]);
    expect(warm.extensions?.cache).toMatchObject({ misses: 0 });
    expect(warm.extensions?.cost).toMatchObject({ upstreamCalls: 0, estimatedUpstreamCalls: 0 });
  });

  it('shows a new lastMessage after a conversation.updated event', async () => {
    const gw = await cached();
    const other = await elsewhere();
    const before = first((await gw.query(InboxDocument, {}, asKey())).data);

    const sent = await reply(other, before.id, 'arrived elsewhere');
    // Cached: the change made elsewhere is not seen until Bird says so.
    expect(first((await gw.query(InboxDocument, {}, asKey())).data).lastMessage?.messageId).toBe(
      before.lastMessage?.messageId,
    );
    await publishUpdated(gw, before.id);

    const after = await gw.query(InboxDocument, {}, asKey());
    const node = after.data?.conversations.edges.find((e) => e.node.id === before.id)?.node;
    expect(node?.lastMessage?.messageId).toBe(sent.id);
    expect(node?.messages?.nodes.map((m) => m.id)).toContain(sent.id);
  });

  it('shows a reply sent through the gateway in the very next thread and inbox reads', async () => {
    const gw = await cached();
    const inbox = first((await gw.query(InboxDocument, {}, asKey())).data);
    await gw.query(ConversationThreadDocument, { id: inbox.id }, asKey());

    const sent = await reply(gw, inbox.id, 'read your writes');

    const thread = await gw.query(ConversationThreadDocument, { id: inbox.id }, asKey());
    expect(thread.data?.conversation?.messages?.edges.map((e) => e.node.id)).toContain(sent.id);
    const next = await gw.query(InboxDocument, {}, asKey());
    const node = next.data?.conversations.edges.find((e) => e.node.id === inbox.id)?.node;
    expect(node?.lastMessage?.messageId).toBe(sent.id);
  });

  it.each([['false'], ['true']])(
    'refuses a wrong key with the cache warm (CACHE_SHARE_ACROSS_KEYS=%s)',
    async (share) => {
      const gw = await cached({ CACHE_SHARE_ACROSS_KEYS: share });
      expect((await gw.query(InboxDocument, {}, asKey())).errors).toBeUndefined();

      const wrong = await gw.query(InboxDocument, {}, asKey('a-wrong-access-key-000'));
      expect(wrong.data ?? null).toBeNull();
      expect(wrong.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    },
  );

  it('never gives workspace B the entries of workspace A', async () => {
    const b = simulator.tenants[1];
    if (b === undefined) throw new Error('the simulator has no second workspace');
    const gw = await cached({ CACHE_SHARE_ACROSS_KEYS: 'true' });
    const a = await gw.query(InboxDocument, {}, asKey());
    gw.clearCalls();

    const other = await gw.query(InboxDocument, {}, asKey(b.accessKey, b.workspaceId));
    expect(other.errors).toBeUndefined();
    expect(gw.calls().length).toBeGreaterThan(0);
    const ids = (q: typeof a) => q.data?.conversations.edges.map((e) => e.node.id) ?? [];
    expect(ids(other).filter((id) => ids(a).includes(id))).toEqual([]);
  });

  it('keeps nothing from a read that an invalidation overtook', async () => {
    const gw = await cached({}, true);
    const other = await elsewhere();
    const target = first((await other.query(InboxDocument, {}, asKey())).data);
    // Bird has accepted the key here before: the racing read goes through the shared cache.
    await gw.query(ConversationThreadDocument, { id: target.id }, asKey());

    // The inbox's list answer is made by Bird now and held on its way back.
    gw.gate.holdAnswers((method, path) => method === 'GET' && path.endsWith('/conversations'));
    const racing = gw.query(InboxDocument, {}, asKey());
    await gw.gate.arrived(1);
    const sent = await reply(other, target.id, 'during a slow read');
    await publishUpdated(gw, target.id);
    gw.gate.release();
    await racing;

    const next = await gw.query(InboxDocument, {}, asKey());
    const node = next.data?.conversations.edges.find((e) => e.node.id === target.id)?.node;
    expect(node?.lastMessage?.messageId).toBe(sent.id);
  });

  it('reserves the calls of an invalidated screen once, not again for each screen waiting on them', async () => {
    const store = new CountingStore();
    const gw = await cached({}, true, store);
    const other = await elsewhere();
    const target = first((await gw.query(InboxDocument, {}, asKey())).data);
    const sent = await reply(other, target.id, 'for every agent at once');
    await publishUpdated(gw, target.id);
    gw.clearCalls();

    // The first agent's inbox is admitted and its list call held at Bird's door ...
    gw.gate.holdAnswers((method, path) => method === 'GET' && path.endsWith('/conversations'));
    const a = gw.query(InboxDocument, {}, asKey());
    await gw.gate.arrived(1);
    // ... when a second agent's inbox is admitted and starts reading the same entries.
    const readsBefore = store.reads;
    const b = gw.query(InboxDocument, {}, asKey());
    await waitFor(() => store.reads > readsBefore, { message: 'the second inbox never read' });
    gw.gate.release();
    const [first_, second] = await Promise.all([a, b]);

    const reserved = z
      .object({ estimatedUpstreamCalls: z.number() })
      .parse(first_.extensions?.cost);
    expect(reserved.estimatedUpstreamCalls).toBeGreaterThan(0);
    // The second inbox shares the first one's load: it reserves nothing for it.
    expect(second.extensions?.cost).toMatchObject({ estimatedUpstreamCalls: 0 });
    const node = second.data?.conversations.edges.find((e) => e.node.id === target.id)?.node;
    expect(node?.lastMessage?.messageId).toBe(sent.id);
    // One call per invalidated entry (the list and the thread's page), none twice.
    const paths = gw.calls().map((c) => c.path);
    expect(paths).toHaveLength(2);
    expect(new Set(paths).size).toBe(2);
  });
});
