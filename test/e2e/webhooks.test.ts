import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { GatewayEvent } from '../../src/realtime/events.js';
import { messageDedupeKey } from '../../src/realtime/keys.js';
import {
  birdConversation,
  deliver,
  delivery,
  envelope,
  signFromRecipe,
  unixSeconds,
  type Delivery,
} from '../helpers/birdWebhooks.js';
import { recordEvents, type EventRecorder } from '../helpers/events.js';
import { startTestGateway, type TestGateway } from '../helpers/gateway.js';

const KEY = 'whsec-test-signing-key-0123456789';
const OLD_KEY = 'whsec-previous-signing-key-98765';
const WORKSPACE = '7c2f4e3a-1b2c-4d5e-8f90-123456789abc';
const OTHER_WORKSPACE = '0a1b2c3d-0000-4000-8000-000000000001';

let t: TestGateway;
let origin: string;
let recorder: EventRecorder;
const webhookUrl = (workspaceId = WORKSPACE) => `${origin}/webhooks/bird/${workspaceId}`;

/** A signed conversation delivery to WORKSPACE (the URL signed is the one posted to). */
function signed(event: string, payload: unknown, over: Partial<Delivery> = {}): Delivery {
  return delivery(KEY, webhookUrl(), envelope(event, payload), over);
}

/**
 * Deliveries are processed in arrival order: once a later one's event is out, every earlier one
 * has been processed. Returns the events published before that barrier.
 */
async function publishedBefore(): Promise<GatewayEvent[]> {
  const id = `barrier-${randomUUID()}`;
  const answer = await deliver(
    webhookUrl(),
    signed('conversation.created', birdConversation(id, new Date().toISOString())),
  );
  expect(answer.status).toBe(200);
  await recorder.next((e) => e.type === 'conversation.created' && e.conversation.id === id);
  const at = recorder.events.findIndex(
    (e) => e.type === 'conversation.created' && e.conversation.id === id,
  );
  return recorder.events.slice(0, at);
}

const conversationIds = (events: GatewayEvent[]) =>
  events.map((e) =>
    e.type === 'conversation.deleted' || e.type === 'message.added'
      ? `${e.type} ${e.conversationId}`
      : `${e.type} ${e.conversation.id} ${e.conversation.updatedAt}`,
  );

beforeAll(async () => {
  t = await startTestGateway({
    env: { WEBHOOK_SIGNING_KEY: `${KEY}, ${OLD_KEY}`, WEBHOOK_MAX_BODY_BYTES: '4096' },
  });
  origin = new URL(t.url).origin;
});
afterAll(async () => {
  await t.close();
});
beforeEach(() => {
  recorder = recordEvents(t.gateway.events, WORKSPACE);
});
afterEach(() => {
  recorder.stop();
});

describe('POST /webhooks/bird/{workspaceId}: verification', () => {
  it('accepts a delivery signed from the documented recipe and publishes the conversation', async () => {
    const conversation = birdConversation('c-verify', '2026-11-30T10:00:00.000Z');
    const answer = await deliver(webhookUrl(), signed('conversation.updated', conversation));
    expect(answer.status).toBe(200);
    const event = await recorder.next((e) => e.type === 'conversation.updated');
    expect(event).toMatchObject({
      type: 'conversation.updated',
      workspaceId: WORKSPACE,
      source: 'webhook',
      conversation: { id: 'c-verify', name: 'Conversation c-verify' },
    });
  });

  it('accepts a delivery signed with any key of the rotation list', async () => {
    const conversation = birdConversation('c-rotated', '2026-11-30T10:00:00.000Z');
    const d = delivery(OLD_KEY, webhookUrl(), envelope('conversation.created', conversation));
    expect((await deliver(webhookUrl(), d)).status).toBe(200);
    await recorder.next(
      (e) => e.type === 'conversation.created' && e.conversation.id === 'c-rotated',
    );
  });

  it('refuses one flipped byte in the body, the URL or the timestamp with 401, publishing nothing', async () => {
    const conversation = birdConversation('c-forged', '2026-11-30T10:00:00.000Z');
    const good = signed('conversation.updated', conversation);
    const flippedBody = Buffer.from(good.body);
    flippedBody[10] = (flippedBody[10] ?? 0) ^ 0x01;
    const signature = signFromRecipe(KEY, good.timestamp, good.signedUrl, good.body);
    const forgeries: Delivery[] = [
      { ...good, body: flippedBody, signature },
      // Signed for another URL (one character of the workspace id differs), posted to ours.
      { ...good, signedUrl: webhookUrl(WORKSPACE.replace('7c2f', '7c3f')) },
      { ...good, timestamp: String(Number(good.timestamp) - 1), signature },
      { ...good, signature: null },
      { ...good, signature: 'not-base64' },
      { ...good, key: 'whsec-some-other-key-00000000000' },
    ];
    const refusedBefore = t.logs.filter((l) => l.includes('webhook delivery refused')).length;
    for (const forged of forgeries) {
      const answer = await deliver(webhookUrl(), forged);
      expect(answer).toEqual({ status: 401, code: 'WEBHOOK_SIGNATURE_INVALID' });
    }
    expect(conversationIds(await publishedBefore())).toEqual([]);
    // Each refusal is logged, with nothing of the body or the signature.
    const refused = t.logs.filter((l) => l.includes('webhook delivery refused'));
    expect(refused.length - refusedBefore).toBe(forgeries.length);
    expect(t.logs.filter((l) => l.includes('c-forged') || l.includes(signature))).toEqual([]);
  });

  it('accepts a retry whose timestamp is 3 hours old, and refuses one past the window or in the future', async () => {
    const conversation = birdConversation('c-retry', '2026-11-30T10:00:00.000Z');
    const old = signed('conversation.updated', conversation, { timestamp: unixSeconds(-3 * 3600) });
    expect((await deliver(webhookUrl(), old)).status).toBe(200);
    await recorder.next(
      (e) => e.type === 'conversation.updated' && e.conversation.id === 'c-retry',
    );

    const later = birdConversation('c-retry', '2026-11-30T11:00:00.000Z');
    for (const timestamp of [unixSeconds(-86_400 - 60), unixSeconds(600)]) {
      const answer = await deliver(
        webhookUrl(),
        signed('conversation.updated', later, { timestamp }),
      );
      expect(answer).toEqual({ status: 401, code: 'WEBHOOK_TIMESTAMP_OUT_OF_RANGE' });
    }
    expect(conversationIds(await publishedBefore())).toEqual([
      'conversation.updated c-retry 2026-11-30T10:00:00.000Z',
    ]);
  });
});

describe('POST /webhooks/bird/{workspaceId}: duplicates and order', () => {
  it('publishes a delivery once when Bird sends the same request id twice', async () => {
    const d = signed('conversation.created', birdConversation('c-dup', '2026-11-30T10:00:00.000Z'));
    expect((await deliver(webhookUrl(), d)).status).toBe(200);
    expect((await deliver(webhookUrl(), d)).status).toBe(200);
    // The same signed bytes replayed under a new request id are the same delivery too.
    expect((await deliver(webhookUrl(), { ...d, requestId: randomUUID() })).status).toBe(200);
    expect(conversationIds(await publishedBefore())).toEqual([
      'conversation.created c-dup 2026-11-30T10:00:00.000Z',
    ]);
  });

  it('publishes a retry once when it reaches another instance that shares the dedupe store', async () => {
    const second = await startTestGateway({
      // Both instances behind one public origin, as behind a load balancer.
      env: { WEBHOOK_SIGNING_KEY: KEY, PUBLIC_URL: origin },
      sharedSimulator: t.simulator,
      deps: { events: t.gateway.events, dedupe: t.gateway.dedupe },
    });
    try {
      const otherUrl = `${new URL(second.url).origin}/webhooks/bird/${WORKSPACE}`;
      const body = envelope(
        'conversation.updated',
        birdConversation('c-lb', '2026-11-30T10:00:00Z'),
      );
      const first = delivery(KEY, webhookUrl(), body);
      expect((await deliver(webhookUrl(), first)).status).toBe(200);
      // Bird's retry, byte for byte the same delivery, lands on the other instance.
      expect((await deliver(otherUrl, first)).status).toBe(200);
      await second.gateway.webhooks?.idle();
      expect(conversationIds(await publishedBefore())).toEqual([
        'conversation.updated c-lb 2026-11-30T10:00:00Z',
      ]);
    } finally {
      await second.close();
    }
  });

  it('ignores an update older than (or as old as) the one applied, and any update after a delete', async () => {
    const at = (time: string) => birdConversation('c-order', `2026-11-30T${time}Z`);
    for (const time of ['10:00:00.000200', '10:00:00.000100', '10:00:00.0002', '10:00:00.000201']) {
      expect((await deliver(webhookUrl(), signed('conversation.updated', at(time)))).status).toBe(
        200,
      );
    }
    expect(
      (await deliver(webhookUrl(), signed('conversation.deleted', at('10:00:01')))).status,
    ).toBe(200);
    expect(
      (await deliver(webhookUrl(), signed('conversation.updated', at('10:00:02')))).status,
    ).toBe(200);
    expect(conversationIds(await publishedBefore())).toEqual([
      'conversation.updated c-order 2026-11-30T10:00:00.000200Z',
      'conversation.updated c-order 2026-11-30T10:00:00.000201Z',
      'conversation.deleted c-order',
    ]);
  });

  it('announces a new lastMessage once, and not one a send mutation already announced', async () => {
    const first = birdConversation('c-msg', '2026-11-30T10:00:00Z', 'm-1');
    const again = birdConversation('c-msg', '2026-11-30T10:00:05Z', 'm-1');
    const sent = birdConversation('c-msg', '2026-11-30T10:00:09Z', 'm-2');
    await t.gateway.dedupe.claim(messageDedupeKey(WORKSPACE, 'm-2'), 60_000);
    for (const c of [first, again, sent]) {
      expect((await deliver(webhookUrl(), signed('conversation.updated', c))).status).toBe(200);
    }
    const events = await publishedBefore();
    expect(conversationIds(events)).toEqual([
      'conversation.updated c-msg 2026-11-30T10:00:00Z',
      'message.added c-msg',
      'conversation.updated c-msg 2026-11-30T10:00:05Z',
      'conversation.updated c-msg 2026-11-30T10:00:09Z',
    ]);
    expect(events[1]).toMatchObject({ type: 'message.added', messageId: 'm-1', source: 'webhook' });
  });

  it("publishes only to the workspace named in the delivery's path", async () => {
    const other = recordEvents(t.gateway.events, OTHER_WORKSPACE);
    try {
      const d = delivery(
        KEY,
        webhookUrl(OTHER_WORKSPACE),
        envelope('conversation.created', birdConversation('c-other', '2026-11-30T10:00:00Z')),
      );
      expect((await deliver(webhookUrl(OTHER_WORKSPACE), d)).status).toBe(200);
      await other.next((e) => e.type === 'conversation.created');
      expect(conversationIds(await publishedBefore())).toEqual([]);
    } finally {
      other.stop();
    }
  });
});

describe('POST /webhooks/bird/{workspaceId}: other answers', () => {
  it('answers 400 to a correctly signed body that is not JSON', async () => {
    const d = delivery(KEY, webhookUrl(), Buffer.from('{"service":"conversations",'));
    expect(await deliver(webhookUrl(), d)).toEqual({ status: 400, code: 'BAD_REQUEST' });
    expect(conversationIds(await publishedBefore())).toEqual([]);
  });

  it('answers 2xx to an event it does not handle, ignores it and logs it', async () => {
    const d = delivery(KEY, webhookUrl(), envelope('whatsapp.inbound', { id: 'x' }, 'channels'));
    expect((await deliver(webhookUrl(), d)).status).toBe(200);
    expect(conversationIds(await publishedBefore())).toEqual([]);
    expect(
      t.logs.some((l) => l.includes('webhook event ignored') && l.includes('whatsapp.inbound')),
    ).toBe(true);
  });

  it('answers 405 to another method and 404 to a path that names no workspace', async () => {
    const get = await fetch(webhookUrl());
    expect([get.status, get.headers.get('allow')]).toEqual([405, 'POST']);
    const body = envelope(
      'conversation.created',
      birdConversation('c-path', '2026-11-30T10:00:00Z'),
    );
    const nowhere = `${origin}/webhooks/bird/not/a/workspace`;
    expect(await deliver(nowhere, delivery(KEY, nowhere, body))).toEqual({
      status: 404,
      code: 'ROUTE_NOT_FOUND',
    });
  });

  it('answers 413 to a body over the limit, declared or streamed', async () => {
    const big = envelope('conversation.created', { id: 'c-big', padding: 'x'.repeat(5000) });
    const d = delivery(KEY, webhookUrl(), big);
    expect(await deliver(webhookUrl(), d)).toEqual({ status: 413, code: 'PAYLOAD_TOO_LARGE' });
    const streamed = Readable.toWeb(Readable.from([big.subarray(0, 3000), big.subarray(3000)]));
    expect(await deliver(webhookUrl(), d, { body: streamed })).toEqual({
      status: 413,
      code: 'PAYLOAD_TOO_LARGE',
    });
  });
});

describe('the webhook URL behind a proxy and without a key', () => {
  it('verifies against PUBLIC_URL + path when PUBLIC_URL is set, not the internal host', async () => {
    const proxied = await startTestGateway({
      env: { WEBHOOK_SIGNING_KEY: KEY, PUBLIC_URL: 'https://gw.example.com/' },
    });
    const events = recordEvents(proxied.gateway.events, WORKSPACE);
    try {
      const internal = `${new URL(proxied.url).origin}/webhooks/bird/${WORKSPACE}?source=bird`;
      const body = envelope(
        'conversation.created',
        birdConversation('c-proxy', '2026-11-30T10:00:00Z'),
      );
      const publicUrl = `https://gw.example.com/webhooks/bird/${WORKSPACE}?source=bird`;
      expect((await deliver(internal, delivery(KEY, publicUrl, body))).status).toBe(200);
      await events.next((e) => e.type === 'conversation.created');
      expect(await deliver(internal, delivery(KEY, internal, body))).toEqual({
        status: 401,
        code: 'WEBHOOK_SIGNATURE_INVALID',
      });
    } finally {
      events.stop();
      await proxied.close();
    }
  });

  it('answers 404 WEBHOOKS_NOT_CONFIGURED when no signing key is set', async () => {
    const bare = await startTestGateway();
    try {
      const url = `${new URL(bare.url).origin}/webhooks/bird/${WORKSPACE}`;
      const body = envelope(
        'conversation.created',
        birdConversation('c-off', '2026-11-30T10:00:00Z'),
      );
      expect(await deliver(url, delivery(KEY, url, body))).toEqual({
        status: 404,
        code: 'WEBHOOKS_NOT_CONFIGURED',
      });
    } finally {
      await bare.close();
    }
  });
});
