import { decodeGlobalId } from '../../src/ids/globalId.js';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { GatewayEvent } from '../../src/realtime/events.js';
import { createLogger } from '../../src/observability/logger.js';
import { registerDemoWebhooks } from '../../src/realtime/webhooks/demoRegistration.js';
import { registerWebhooks } from '../../src/realtime/webhooks/registration.js';
import { SendReplyDocument } from '../gql/graphql.js';
import { recordEvents } from '../helpers/events.js';
import { startTestGateway, type TestGateway } from '../helpers/gateway.js';

const KEY = 'whsec-simulator-signing-key-0123';
let t: TestGateway;
let origin: string;

const subscription = z.object({ id: z.string(), event: z.string(), url: z.string() });

const subscriptions = async () =>
  (
    await t.rest(
      z.object({ results: z.array(subscription) }),
      'GET',
      '/webhook-subscriptions?limit=100',
    )
  ).body.results;

const register = (publicUrl: string, extra: { rotateKey?: boolean; signingKey?: string } = {}) =>
  registerWebhooks({
    apiUrl: t.simulator.url,
    workspaceId: t.simulator.workspaceId,
    accessKey: t.simulator.accessKey,
    publicUrl,
    signingKey: KEY,
    ...extra,
  });

/** Waits until the simulator has delivered everything and the gateway has processed it. */
async function settled(): Promise<void> {
  await t.simulator.webhooks.idle();
  await t.gateway.webhooks?.idle();
}

beforeAll(async () => {
  t = await startTestGateway({ env: { WEBHOOK_SIGNING_KEY: KEY } });
  origin = new URL(t.url).origin;
});
afterAll(async () => {
  await t.close();
});
beforeEach(() => {
  t.simulator.reset();
});

describe('registerWebhooks (npm run webhooks:register)', () => {
  it('creates the three subscriptions once, then reports them unchanged', async () => {
    const first = await register('https://gw.example.com');
    expect(first.map((r) => [r.event, r.action])).toEqual([
      ['conversation.created', 'created'],
      ['conversation.updated', 'created'],
      ['conversation.deleted', 'created'],
    ]);
    const second = await register('https://gw.example.com/');
    expect(second.map((r) => r.action)).toEqual(['unchanged', 'unchanged', 'unchanged']);
    const listed = await subscriptions();
    expect(listed.map((s) => [s.event, s.url]).sort()).toEqual(
      ['created', 'deleted', 'updated'].map((e) => [
        `conversation.${e}`,
        `https://gw.example.com/webhooks/bird/${t.simulator.workspaceId}`,
      ]),
    );
    expect(JSON.stringify(listed)).not.toContain(KEY);
  });

  it("moves its own subscriptions to a new PUBLIC_URL and leaves other integrations' alone", async () => {
    const foreign = await t.rest(subscription, 'POST', '/webhook-subscriptions', {
      service: 'conversations',
      event: 'conversation.updated',
      url: 'https://crm.example.com/hooks/bird',
      signingKey: 'someone-elses-key',
    });
    await register('https://old.example.com');
    const moved = await register('https://new.example.com');
    expect(moved.map((r) => [r.action, r.changed])).toEqual([
      ['updated', ['url', 'signingKey']],
      ['updated', ['url', 'signingKey']],
      ['updated', ['url', 'signingKey']],
    ]);
    const rotated = await register('https://new.example.com', { rotateKey: true });
    expect(rotated.map((r) => [r.action, r.changed])).toEqual([
      ['updated', ['signingKey']],
      ['updated', ['signingKey']],
      ['updated', ['signingKey']],
    ]);
    const listed = await subscriptions();
    expect(listed).toHaveLength(4);
    expect(listed.find((s) => s.id === foreign.body.id)?.url).toBe(
      'https://crm.example.com/hooks/bird',
    );
  });
});

describe("the simulator's signed deliveries into the intake", () => {
  /** Two inbound messages into one conversation under the given delivery knobs; the events seen. */
  async function twoInbound(knobs: Parameters<typeof t.simulator.webhooks.configure>[0]) {
    await register(origin);
    t.simulator.webhooks.configure(knobs);
    const recorder = recordEvents(t.gateway.events, t.simulator.workspaceId);
    try {
      const first = t.simulator.simulateInbound();
      const second = t.simulator.simulateInbound({ conversationId: first.conversationId });
      await settled();
      const seen = recorder.events.map((e: GatewayEvent) =>
        e.type === 'message.added'
          ? `added ${e.messageId === first.messageId ? 'first' : e.messageId === second.messageId ? 'second' : e.messageId}`
          : `${e.type} ${e.type === 'conversation.deleted' ? e.conversationId : e.conversation.lastMessage?.id === first.messageId ? 'first' : 'second'}`,
      );
      return { seen, statuses: t.simulator.webhooks.attempts().map((a) => a.status) };
    } finally {
      recorder.stop();
      t.simulator.webhooks.configure({
        duplicateRate: 0,
        reorder: false,
        timestampOffsetSeconds: 0,
      });
    }
  }

  it('publish each change and each message once when every delivery comes twice, 3 hours late', async () => {
    const { seen, statuses } = await twoInbound({
      duplicateRate: 1,
      timestampOffsetSeconds: 3 * 3600,
    });
    expect(seen).toEqual([
      'conversation.updated first',
      'added first',
      'conversation.updated second',
      'added second',
    ]);
    expect(statuses).toEqual([200, 200, 200, 200]);
  });

  it('publish nothing for an older update that arrives after a newer one', async () => {
    const { seen, statuses } = await twoInbound({ reorder: true, reorderWindowMs: 20 });
    expect(seen).toEqual(['conversation.updated second', 'added second']);
    expect(statuses).toEqual([200, 200]);
  });
});

describe('demo mode wiring', () => {
  it('turns a reply sent through the gateway into one conversation.updated and one message.added', async () => {
    await registerDemoWebhooks(t.simulator, t.config, origin, createLogger('silent'));
    const recorder = recordEvents(t.gateway.events, t.simulator.workspaceId);
    try {
      const { conversationId } = t.simulator.simulateInbound();
      await settled();
      const participantId = t.simulator.tenants[0]?.accessKeyId ?? '';
      const sent = await t.query(SendReplyDocument, {
        conversationId,
        participantId,
        text: 'Live from the demo',
      });
      const globalId = sent.data?.replyToConversation.message?.id;
      const decoded = globalId === undefined ? null : decodeGlobalId(globalId);
      const messageId = decoded?.kind === 'Message' ? decoded.messageId : undefined;
      expect(messageId).toBeTypeOf('string');
      await recorder.next((e) => e.type === 'message.added' && e.messageId === messageId);
      await settled();
      const forReply = recorder.events.filter(
        (e) =>
          (e.type === 'message.added' && e.messageId === messageId) ||
          (e.type === 'conversation.updated' && e.conversation.lastMessage?.id === messageId),
      );
      // The send mutation may publish too; whichever path is first, the message is announced once.
      expect(forReply.filter((e) => e.type === 'message.added')).toHaveLength(1);
      expect(
        forReply.filter((e) => e.type === 'conversation.updated' && e.source === 'webhook'),
      ).toHaveLength(1);
    } finally {
      recorder.stop();
    }
  });
});
