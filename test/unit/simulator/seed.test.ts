import { describe, expect, it } from 'vitest';
import { DEFAULT_SEED_SIZE, SimulatorStore } from '../../../src/simulator/index.js';
import { Random } from '../../../src/simulator/random.js';

function demo(store: SimulatorStore) {
  const ws = store.workspace(store.tenants[0]?.workspaceId ?? '');
  if (ws === undefined) throw new Error('no demo workspace');
  return ws;
}

describe('seed data', () => {
  it('seeds the default size in well under a second (time printed, not asserted)', () => {
    const started = performance.now();
    const store = new SimulatorStore();
    const ms = performance.now() - started;
    console.info(`seeded ${DEFAULT_SEED_SIZE.messages} messages in ${ms.toFixed(0)} ms`);
    const ws = demo(store);
    expect(ws.conversations.size).toBe(DEFAULT_SEED_SIZE.conversations);
    expect(ws.messages.size).toBe(DEFAULT_SEED_SIZE.messages);
    expect(ws.contacts.size).toBe(DEFAULT_SEED_SIZE.contacts);
  });

  it('seeds 100,000 messages (time printed, not asserted)', () => {
    const started = performance.now();
    const store = new SimulatorStore({ size: { messages: 100_000 } });
    console.info(`seeded 100000 messages in ${(performance.now() - started).toFixed(0)} ms`);
    expect(demo(store).messages.size).toBe(100_000);
  });

  it('is identical for the same seed and different for another', () => {
    const summary = (store: SimulatorStore) =>
      demo(store)
        .conversationIndex.values()
        .map((c) => `${c.id}:${c.createdAt}:${c.messages.size}:${c.lastMessage?.preview ?? ''}`);
    expect(summary(new SimulatorStore({ seed: 7 }))).toEqual(
      summary(new SimulatorStore({ seed: 7 })),
    );
    expect(summary(new SimulatorStore({ seed: 8 }))).not.toEqual(
      summary(new SimulatorStore({ seed: 7 })),
    );
  });

  it('is realistic: every body kind, all participant types, closed and active, attributes, drafts, uneven threads', () => {
    const ws = demo(new SimulatorStore());
    const kinds = new Set<string>();
    const senders = new Set<string>();
    const statuses = new Set<string>();
    let drafts = 0;
    for (const message of ws.messages.values()) {
      kinds.add(message.body.type);
      senders.add(message.sender.type);
      statuses.add(message.status);
      if (message.draft) drafts++;
    }
    expect([...kinds]).toEqual(
      expect.arrayContaining([
        'text',
        'html',
        'image',
        'file',
        'list',
        'carousel',
        'location',
        'gif',
        'authentication',
      ]),
    );
    expect([...senders]).toEqual(
      expect.arrayContaining(['contact', 'user', 'accessKey', 'flow', 'bot', 'agent']),
    );
    expect([...statuses]).toEqual(
      expect.arrayContaining([
        'delivered',
        'sent',
        'processing',
        'sending_failed',
        'delivery_failed',
        'accepted',
      ]),
    );
    expect(drafts).toBeGreaterThan(0);
    expect([...ws.messages.values()].some((m) => m.template !== null)).toBe(true);
    const conversations = [...ws.conversations.values()];
    expect(new Set(conversations.map((c) => c.status))).toEqual(new Set(['active', 'closed']));
    expect(conversations.some((c) => c.attributes !== null)).toBe(true);
    const sizes = conversations.map((c) => c.messages.size);
    expect(Math.max(...sizes)).toBeGreaterThan(100);
    expect(sizes.filter((n) => n === 1).length).toBeGreaterThan(20);
    expect(new Set([...ws.channels.values()].map((c) => c.platform))).toEqual(
      new Set(['sms', 'whatsapp', 'email']),
    );
    const phones = [...ws.contacts.values()].map(
      (c) => c.identifiers.find((i) => i.key === 'phonenumber')?.value ?? '',
    );
    expect(phones.every((p) => /^\+\d{8,15}$/.test(p))).toBe(true);
    expect(new Set(phones).size).toBe(phones.length);
  });

  it('keeps every seeded timestamp before the runtime clock', () => {
    const store = new SimulatorStore();
    const ws = demo(store);
    const newest = Math.max(...[...ws.conversations.values()].map((c) => c.updatedAt));
    expect(ws.clock.now()).toBeGreaterThan(newest);
  });

  it('draws reproducible v4-shaped uuids', () => {
    const a = new Random(42);
    const b = new Random(42);
    const ids = Array.from({ length: 5 }, () => a.uuid());
    expect(ids).toEqual(Array.from({ length: 5 }, () => b.uuid()));
    for (const id of ids)
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
