import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { withSimulator, type SimulatorClient } from '../../helpers/simulator.js';
import { conversationShape, errorShape, messagePageShape, pageShape } from './birdShapes.js';

const conversationPage = pageShape(conversationShape);
type ConversationPage = z.output<typeof conversationPage>;

async function newConversation(client: SimulatorClient, name: string): Promise<string> {
  const created = await client.expect(conversationShape, 201, 'POST', '/conversations', {
    body: { name },
  });
  return created.id;
}

/** Walks a list to its end, calling `between` after every page. */
async function walk(
  client: SimulatorClient,
  path: string,
  between: (page: ConversationPage) => Promise<void> = () => Promise.resolve(),
): Promise<ConversationPage['results']> {
  const seen: ConversationPage['results'] = [];
  let token: string | undefined;
  for (let pages = 0; pages < 1000; pages++) {
    const separator = path.includes('?') ? '&' : '?';
    const url =
      token === undefined ? path : `${path}${separator}pageToken=${encodeURIComponent(token)}`;
    const page = await client.expect(conversationPage, 200, 'GET', url);
    seen.push(...page.results);
    await between(page);
    token = page.nextPageToken;
    if (token === undefined) return seen;
  }
  throw new Error('walk did not end');
}

describe('pagination', () => {
  const client = withSimulator();

  it('walks every conversation exactly once, newest first, while new ones are created between pages', async () => {
    const before =
      client().sim.store.workspace(client().tenant.workspaceId)?.conversations.size ?? 0;
    let created = 0;
    const seen = await walk(client(), '/conversations?limit=7', async () => {
      await newConversation(client(), `inserted ${created++}`);
    });
    const ids = seen.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toHaveLength(before);
    expect(seen.some((c) => c.name.startsWith('inserted'))).toBe(false);
    const times = seen.map((c) => Date.parse(c.createdAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it('walks oldest first with reverse=true and reaches items created during the walk exactly once', async () => {
    const before =
      client().sim.store.workspace(client().tenant.workspaceId)?.conversations.size ?? 0;
    let created = 0;
    const seen = await walk(client(), '/conversations?limit=25&reverse=true', async (page) => {
      if (page.nextPageToken !== undefined)
        await newConversation(client(), `inserted ${created++}`);
    });
    expect(created).toBeGreaterThan(1);
    const ids = seen.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toHaveLength(before + created);
    const times = seen.map((c) => Date.parse(c.createdAt));
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it('does not skip or repeat items when an already-seen item is deleted mid-walk', async () => {
    const first = await client().expect(conversationPage, 200, 'GET', '/conversations?limit=5');
    const victim = first.results[2]?.id ?? '';
    expect((await client().call('DELETE', `/conversations/${victim}`)).status).toBe(204);
    const rest = await walk(
      client(),
      `/conversations?limit=5&pageToken=${encodeURIComponent(first.nextPageToken ?? '')}`,
    );
    const all = await walk(client(), '/conversations?limit=100');
    expect([
      ...first.results.map((c) => c.id).filter((id) => id !== victim),
      ...rest.map((c) => c.id),
    ]).toEqual(all.map((c) => c.id));
  });

  it('defaults to 10 items and omits nextPageToken on the last page', async () => {
    const page = await client().expect(conversationPage, 200, 'GET', '/conversations');
    expect(page.results).toHaveLength(10);
    // Bird's shape (bird-api.md §7): standard base64 of ["<createdAt with nanoseconds>","<id>"].
    expect(page.nextPageToken).toMatch(/^[A-Za-z0-9+/]+={0,2}$/);
    expect(Buffer.from(page.nextPageToken ?? '', 'base64').toString()).toMatch(
      /^\["\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{9}Z","[0-9a-f-]{36}"\]$/,
    );
    const all = await client().expect(conversationPage, 200, 'GET', '/conversations?limit=100');
    expect(all.results).toHaveLength(60);
    expect(all.nextPageToken).toBeUndefined();
  });

  it.each(['0', '101', 'abc', '-1', '1.5', ''])(
    'refuses limit=%s with a 422 naming .limit',
    async (limit) => {
      const response = await client().call('GET', `/conversations?limit=${limit}`);
      expect(response.status).toBe(422);
      expect(errorShape.parse(response.json).details).toHaveProperty(['.limit']);
    },
  );

  it.each(['garbage', 'WyJ3b3Jrc3BhY2', 'eyJhIjoxfQ', '!!!'])(
    'refuses the page token %s instead of returning an empty page',
    async (token) => {
      const response = await client().call('GET', `/conversations?pageToken=${token}`);
      expect(response.status).toBe(422);
      expect(errorShape.parse(response.json).code).toBe('InvalidPageToken');
    },
  );

  it('refuses a token issued for another collection or another direction', async () => {
    const page = await client().expect(conversationPage, 200, 'GET', '/conversations?limit=2');
    const conversation = page.results[0]?.id ?? '';
    const foreign = await client().call(
      'GET',
      `/conversations/${conversation}/messages?pageToken=${encodeURIComponent(page.nextPageToken ?? '')}`,
    );
    expect(foreign.status).toBe(422);
    const flipped = await client().call(
      'GET',
      `/conversations?reverse=true&pageToken=${encodeURIComponent(page.nextPageToken ?? '')}`,
    );
    expect(errorShape.parse(flipped.json).code).toBe('InvalidPageToken');
  });

  it("refuses another workspace's token", async () => {
    const page = await client().expect(conversationPage, 200, 'GET', '/conversations?limit=2');
    const other = client().as(client().sim.tenants[1] ?? client().tenant);
    const response = await other.call(
      'GET',
      `/conversations?pageToken=${encodeURIComponent(page.nextPageToken ?? '')}`,
    );
    expect(response.status).toBe(422);
  });

  it('refuses reverse values other than true and false', async () => {
    expect((await client().call('GET', '/conversations?reverse=yes')).status).toBe(422);
  });

  it('lists messages newest first with the exact total, and pages through them all', async () => {
    const ws = client().sim.store.workspace(client().tenant.workspaceId);
    const longest = [...(ws?.conversations.values() ?? [])].sort(
      (a, b) => b.messages.size - a.messages.size,
    )[0];
    const path = `/conversations/${longest?.id ?? ''}/messages`;
    const first = await client().expect(messagePageShape, 200, 'GET', `${path}?limit=100`);
    expect(first.total).toBe(longest?.messages.size);
    expect(first.totalType).toBe('exact');
    const ids = first.results.map((m) => m.id);
    let token = first.nextPageToken;
    while (token !== undefined) {
      const page = await client().expect(
        messagePageShape,
        200,
        'GET',
        `${path}?limit=100&pageToken=${encodeURIComponent(token)}`,
      );
      ids.push(...page.results.map((m) => m.id));
      token = page.nextPageToken;
    }
    expect(new Set(ids).size).toBe(longest?.messages.size);
    const times = first.results.map((m) => Date.parse(m.createdAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it('lists only messages created after dateFrom and counts only those in total', async () => {
    const ws = client().sim.store.workspace(client().tenant.workspaceId);
    const longest = [...(ws?.conversations.values() ?? [])].sort(
      (a, b) => b.messages.size - a.messages.size,
    )[0];
    const messages = longest?.messages.values() ?? [];
    const pivot = messages[Math.floor(messages.length / 2)];
    const dateFrom = new Date(pivot?.createdAt ?? 0).toISOString();
    const page = await client().expect(
      messagePageShape,
      200,
      'GET',
      `/conversations/${longest?.id ?? ''}/messages?limit=100&reverse=true&dateFrom=${dateFrom}`,
    );
    expect(page.total).toBe(messages.filter((m) => m.createdAt > (pivot?.createdAt ?? 0)).length);
    expect(page.results.every((m) => Date.parse(m.createdAt) > Date.parse(dateFrom))).toBe(true);
  });
});
