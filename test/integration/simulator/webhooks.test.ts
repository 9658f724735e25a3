import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { signBirdWebhook } from '../../../src/simulator/index.js';
import { withSimulator, type SimulatorClient } from '../../helpers/simulator.js';
import { conversationShape, pageShape, webhookSubscriptionShape } from './birdShapes.js';
import { startReceiver, verifyBirdSignature, type Receiver } from './webhookReceiver.js';

const SMS_CHANNEL = '5da69b04-d462-5efd-9b65-28dbae1e0482';
const KEY = 'whsec-test-signing-key';
const eventShape = z.strictObject({
  service: z.literal('conversations'),
  event: z.enum(['conversation.created', 'conversation.updated', 'conversation.deleted']),
  payload: conversationShape,
});

describe('webhook subscriptions and delivery', () => {
  const client = withSimulator();
  let receiver: Receiver | null = null;
  afterEach(async () => {
    await receiver?.close();
    receiver = null;
  });

  async function subscribe(c: SimulatorClient, url: string, event: string, extra = {}) {
    return c.expect(webhookSubscriptionShape, 201, 'POST', '/webhook-subscriptions', {
      body: { service: 'conversations', event, url, signingKey: KEY, ...extra },
    });
  }

  it('creates, lists, gets, updates and deletes subscriptions without ever returning the signing key', async () => {
    const created = await subscribe(
      client(),
      'https://gw.example.com/webhooks/bird/ws',
      'conversation.updated',
    );
    expect(created).toMatchObject({
      status: 'active',
      eventFilters: [],
      event: 'conversation.updated',
    });
    const list = await client().expect(
      pageShape(webhookSubscriptionShape),
      200,
      'GET',
      '/webhook-subscriptions',
    );
    expect(list.results.map((s) => s.id)).toEqual([created.id]);
    const patched = await client().expect(
      webhookSubscriptionShape,
      200,
      'PATCH',
      `/webhook-subscriptions/${created.id}`,
      {
        body: { url: 'https://gw.example.com/other', signingKey: 'rotated', status: 'inactive' },
      },
    );
    expect(patched).toMatchObject({ url: 'https://gw.example.com/other', status: 'inactive' });
    const fetched = await client().call('GET', `/webhook-subscriptions/${created.id}`);
    expect(fetched.text).not.toContain(KEY);
    expect(fetched.text).not.toContain('rotated');
    expect((await client().call('DELETE', `/webhook-subscriptions/${created.id}`)).status).toBe(
      204,
    );
    expect((await client().call('GET', `/webhook-subscriptions/${created.id}`)).status).toBe(404);
  });

  it('refuses an unknown conversation event and a non-URL with 422', async () => {
    const bad = await client().call('POST', '/webhook-subscriptions', {
      body: {
        service: 'conversations',
        event: 'conversation.message.created',
        url: 'https://x.example',
      },
    });
    expect(bad.status).toBe(422);
    const noUrl = await client().call('POST', '/webhook-subscriptions', {
      body: { service: 'conversations', event: 'conversation.updated', url: 'ftp://x' },
    });
    expect(noUrl.status).toBe(422);
  });

  it('delivers a signed conversation.updated that an independent verifier accepts, and a tampered one fails', async () => {
    receiver = await startReceiver();
    await subscribe(client(), receiver.url, 'conversation.updated');
    const page = await client().expect(
      pageShape(conversationShape),
      200,
      'GET',
      '/conversations?limit=1',
    );
    const id = page.results[0]?.id ?? '';
    const before = Math.floor(Date.now() / 1000);
    await client().call('PATCH', `/conversations/${id}`, { body: { name: 'Renamed by the test' } });
    const [delivery] = await receiver.waitFor(1);
    if (delivery === undefined) throw new Error('no delivery');
    expect(await verifyBirdSignature(KEY, receiver.url, delivery)).toBe(true);
    expect(await verifyBirdSignature('wrong key', receiver.url, delivery)).toBe(false);
    expect(await verifyBirdSignature(KEY, `${receiver.url}x`, delivery)).toBe(false);
    const flipped = {
      ...delivery,
      rawBody: Uint8Array.from(delivery.rawBody, (b, i) => (i === 5 ? b ^ 1 : b)),
    };
    expect(await verifyBirdSignature(KEY, receiver.url, flipped)).toBe(false);
    const timestamp = Number(delivery.headers['messagebird-request-timestamp']);
    expect(timestamp).toBeGreaterThanOrEqual(before);
    expect(delivery.headers['messagebird-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const event = eventShape.parse(delivery.json);
    expect(event.event).toBe('conversation.updated');
    expect(event.payload).toMatchObject({ id, name: 'Renamed by the test' });
    expect(delivery.headers['messagebird-signature']).toBe(
      signBirdWebhook({ key: KEY, url: receiver.url, timestamp, body: delivery.rawBody }),
    );
  });

  it('delivers created and deleted only to their own subscriptions, and honours a channelId filter', async () => {
    receiver = await startReceiver();
    await subscribe(client(), receiver.url, 'conversation.created', {
      eventFilters: [{ key: 'channelId', value: SMS_CHANNEL }],
    });
    await subscribe(client(), receiver.url, 'conversation.deleted');
    await client().call('POST', '/conversations', { body: { name: 'No channel' } });
    const created = await client().expect(conversationShape, 201, 'POST', '/conversations', {
      body: { name: 'On SMS', channelId: SMS_CHANNEL },
    });
    await client().call('DELETE', `/conversations/${created.id}`);
    const deliveries = await receiver.waitFor(2);
    await client().sim.webhooks.idle();
    const events = deliveries.map((d) => eventShape.parse(d.json));
    expect(events.map((e) => [e.event, e.payload.id, e.payload.status])).toEqual([
      ['conversation.created', created.id, 'active'],
      ['conversation.deleted', created.id, 'deleted'],
    ]);
    expect(receiver.received).toHaveLength(2);
  });

  it('cuts the lastMessage preview to 140 characters, as Bird does', async () => {
    receiver = await startReceiver();
    await subscribe(client(), receiver.url, 'conversation.created');
    const text = 'x'.repeat(300);
    await client().call('POST', '/conversations', {
      body: {
        name: 'Long',
        channelId: SMS_CHANNEL,
        participants: [
          { type: 'contact', identifierKey: 'phonenumber', identifierValue: '+31699990001' },
        ],
        initialMessage: { body: { type: 'text', text: { text } } },
      },
    });
    const [delivery] = await receiver.waitFor(1);
    expect(eventShape.parse(delivery?.json).payload.lastMessage?.preview.text).toBe(
      text.slice(0, 140),
    );
  });

  it('retries a non-2xx answer with backoff, keeping the request id and timestamp, until it succeeds', async () => {
    receiver = await startReceiver((n) => (n < 2 ? 503 : 200));
    client().sim.webhooks.configure({ retryBaseMs: 5, timestampOffsetSeconds: 3 * 3600 });
    await subscribe(client(), receiver.url, 'conversation.created');
    await client().call('POST', '/conversations', { body: { name: 'Retried' } });
    const attempts = await receiver.waitFor(3);
    await client().sim.webhooks.idle();
    expect(attempts.map((a) => a.answered)).toEqual([503, 503, 200]);
    expect(new Set(attempts.map((a) => a.headers['messagebird-request-id'])).size).toBe(1);
    expect(new Set(attempts.map((a) => a.headers['messagebird-request-timestamp'])).size).toBe(1);
    const timestamp = Number(attempts[0]?.headers['messagebird-request-timestamp']);
    expect(Math.floor(Date.now() / 1000) - timestamp).toBeGreaterThanOrEqual(3 * 3600);
    for (const attempt of attempts)
      expect(await verifyBirdSignature(KEY, receiver.url, attempt)).toBe(true);
    expect(
      client()
        .sim.webhooks.attempts()
        .map((a) => [a.attempt, a.status, a.final]),
    ).toEqual([
      [1, 503, false],
      [2, 503, false],
      [3, 200, true],
    ]);
  });

  it('gives up after maxAttempts', async () => {
    receiver = await startReceiver(() => 500);
    client().sim.webhooks.configure({ retryBaseMs: 1, maxAttempts: 3 });
    await subscribe(client(), receiver.url, 'conversation.created');
    await client().call('POST', '/conversations', { body: { name: 'Never accepted' } });
    await client().sim.webhooks.idle();
    expect(receiver.received).toHaveLength(3);
    expect(client().sim.webhooks.attempts().at(-1)).toMatchObject({ attempt: 3, final: true });
  });

  it('sends duplicates with the same request id when the duplicate knob says so', async () => {
    receiver = await startReceiver();
    const base = client().sim.url;
    const put = await fetch(`${base}/__simulator/webhooks`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ duplicateRate: 1 }),
    });
    expect(put.status).toBe(200);
    await subscribe(client(), receiver.url, 'conversation.created');
    await client().call('POST', '/conversations', { body: { name: 'Twice' } });
    const deliveries = await receiver.waitFor(2);
    expect(deliveries[0]?.headers['messagebird-request-id']).toBe(
      deliveries[1]?.headers['messagebird-request-id'],
    );
    expect(
      Buffer.from(deliveries[0]?.rawBody ?? []).equals(Buffer.from(deliveries[1]?.rawBody ?? [])),
    ).toBe(true);
  });

  it('swaps consecutive deliveries when the reorder knob is on', async () => {
    receiver = await startReceiver();
    client().sim.webhooks.configure({ reorder: true });
    await subscribe(client(), receiver.url, 'conversation.created');
    const first = await client().expect(conversationShape, 201, 'POST', '/conversations', {
      body: { name: 'First' },
    });
    const second = await client().expect(conversationShape, 201, 'POST', '/conversations', {
      body: { name: 'Second' },
    });
    const deliveries = await receiver.waitFor(2);
    expect(deliveries.map((d) => eventShape.parse(d.json).payload.id)).toEqual([
      second.id,
      first.id,
    ]);
  });

  it('stops delivering to an inactive subscription and forgets subscriptions on reset', async () => {
    receiver = await startReceiver();
    const subscription = await subscribe(client(), receiver.url, 'conversation.created');
    await client().call('PATCH', `/webhook-subscriptions/${subscription.id}`, {
      body: { status: 'inactive' },
    });
    await client().call('POST', '/conversations', { body: { name: 'Unheard' } });
    await client().sim.webhooks.idle();
    expect(client().sim.webhooks.pending).toBe(0);
    expect(receiver.received).toHaveLength(0);
    client().sim.reset();
    expect((await client().call('GET', `/webhook-subscriptions/${subscription.id}`)).status).toBe(
      404,
    );
  });

  it('subscribes programmatically (demo mode) and isolates workspaces', async () => {
    receiver = await startReceiver();
    client().sim.webhooks.subscribe({
      service: 'conversations',
      event: 'conversation.created',
      url: receiver.url,
      signingKey: KEY,
    });
    const second = client().as(client().sim.tenants[1] ?? client().tenant);
    expect((await second.call('GET', '/webhook-subscriptions')).json).toEqual({ results: [] });
    await second.call('POST', '/conversations', { body: { name: 'Other workspace' } });
    const mine = await client().expect(conversationShape, 201, 'POST', '/conversations', {
      body: { name: 'Mine' },
    });
    const [delivery] = await receiver.waitFor(1);
    await client().sim.webhooks.idle();
    expect(receiver.received).toHaveLength(1);
    expect(eventShape.parse(delivery?.json).payload.id).toBe(mine.id);
  });
});
