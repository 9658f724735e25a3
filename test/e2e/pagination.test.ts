import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ResultOf } from '@graphql-typed-document-node/core';
import { z } from 'zod';
import { graphql } from '../gql/index.js';
import { startTestGateway, type TestGateway } from '../helpers/gateway.js';

const CONVERSATIONS = graphql(`
  query PaginationConversations($first: Int, $after: String) {
    conversations(first: $first, after: $after) {
      edges {
        cursor
        node {
          id: birdId
        }
      }
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
    }
  }
`);
type Page = ResultOf<typeof CONVERSATIONS>['conversations'];

const MESSAGE_CURSOR = graphql(`
  query PaginationMessageCursor($id: ID!) {
    conversation(id: $id) {
      messages(first: 2) {
        edges {
          cursor
        }
        pageInfo {
          endCursor
        }
      }
    }
  }
`);
const DEFAULT_PAGE = graphql(`
  query PaginationDefaultPage {
    conversations {
      nodes {
        id: birdId
      }
    }
  }
`);
const THREAD = graphql(`
  query PaginationThread($id: ID!) {
    conversation(id: $id) {
      name
      messages(first: 5) {
        edges {
          cursor
          node {
            id: birdId
          }
        }
        pageInfo {
          endCursor
        }
      }
    }
  }
`);
const NEXT_MESSAGES = graphql(`
  query PaginationNextMessages($id: ID!, $after: String) {
    messages(conversationId: $id, first: 5, after: $after) {
      edges {
        node {
          id: birdId
        }
      }
      pageInfo {
        hasNextPage
      }
    }
  }
`);
const MESSAGE_TOTAL = graphql(`
  query PaginationMessageTotal($id: ID!) {
    conversation(id: $id) {
      messages(first: 3) {
        totalCount
        edges {
          cursor
          node {
            id: birdId
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);
const restPage = z.object({
  results: z.array(z.object({ id: z.string() })),
  nextPageToken: z.string().optional(),
});

let gw: TestGateway;
let allIds: string[];

/** The whole collection in upstream order, read straight from the simulator's REST API. */
async function restWalk(path: string): Promise<string[]> {
  const ids: string[] = [];
  let token: string | undefined;
  do {
    const sep = path.includes('?') ? '&' : '?';
    const page = await gw.rest(
      restPage,
      'GET',
      `${path}${sep}limit=100${token ? `&pageToken=${encodeURIComponent(token)}` : ''}`,
    );
    ids.push(...page.body.results.map((r) => r.id));
    token = page.body.nextPageToken;
  } while (token);
  return ids;
}

async function page(first: number, after?: string | null): Promise<Page> {
  const result = await gw.query(CONVERSATIONS, { first, after: after ?? null });
  expect(result.errors).toBeUndefined();
  const connection = result.data?.conversations;
  if (!connection) throw new Error('no data');
  return connection;
}

beforeAll(async () => {
  gw = await startTestGateway();
  allIds = await restWalk('/conversations');
});
afterAll(() => gw.close());
beforeEach(() => {
  gw.simulator.reset();
  gw.clearCalls();
});

describe('cursor connections', () => {
  it('walks the whole collection with endCursor, seeing every conversation once in upstream order', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const p = await page(37, after);
      seen.push(...p.edges.map((e) => e.node.id));
      if (!p.pageInfo.hasNextPage) break;
      after = p.pageInfo.endCursor;
    }
    expect(seen).toEqual(allIds);
  });

  it('continues from any edge’s cursor, not only the end cursor', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let step = 0;
    while (seen.length < allIds.length) {
      const p = await page(10, after);
      if (p.edges.length === 0) break;
      // Take a different number of edges each time and continue after the last one taken.
      const take = Math.min(p.edges.length, 1 + (step % p.edges.length));
      const taken = p.edges.slice(0, take);
      seen.push(...taken.map((e) => e.node.id));
      after = taken.at(-1)?.cursor ?? null;
      step += 3;
      if (!p.pageInfo.hasNextPage && take === p.edges.length) break;
    }
    expect(seen).toEqual(allIds);
  });

  it('costs exactly one upstream call to continue from a page that ended with the upstream page', async () => {
    const first = await page(20);
    gw.clearCalls();

    const second = await page(20, first.pageInfo.endCursor);

    expect(second.edges[0]?.node.id).toBe(allIds[20]);
    expect(gw.calls()).toHaveLength(1);
    expect(second.pageInfo.hasPreviousPage).toBe(true);
  });

  it('rejects a forged cursor as BAD_USER_INPUT without calling upstream', async () => {
    const first = await page(2);
    const cursor = first.pageInfo.endCursor ?? '';
    const bytes = Buffer.from(cursor, 'base64url');
    // The same signature after a payload that says offset 99 instead of the original.
    const forged = Buffer.concat([Buffer.from([1, 0, 10, 99]), bytes.subarray(-12)]).toString(
      'base64url',
    );
    const resigned = Buffer.concat([bytes.subarray(0, -12), Buffer.alloc(12)]).toString(
      'base64url',
    );
    gw.clearCalls();

    for (const after of [forged, resigned, 'garbage', '', cursor.slice(0, -1), `${cursor}A`]) {
      const result = await gw.queryText(CONVERSATIONS, { first: 5, after });
      expect(result.errors?.[0]?.extensions?.code, after).toBe('BAD_USER_INPUT');
    }
    expect(gw.calls()).toHaveLength(0);
  });

  it('rejects a cursor of another collection', async () => {
    const conversation = allIds[0] ?? '';
    const messages = await gw.query(MESSAGE_CURSOR, { id: conversation });
    const cursor = messages.data?.conversation?.messages?.pageInfo.endCursor ?? '';

    const result = await gw.queryText(CONVERSATIONS, { first: 5, after: cursor });

    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it.each([-1, 101, 1000])('rejects first: %i before any upstream call', async (first) => {
    const result = await gw.queryText(CONVERSATIONS, { first });

    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toMatch(/between 0 and 100/);
    expect(gw.calls()).toHaveLength(0);
  });

  it('returns no edges for first: 0 but still tells whether items exist', async () => {
    const p = await page(0);

    expect(p.edges).toEqual([]);
    expect(p.pageInfo.hasNextPage).toBe(true);
  });

  it('defaults to 10 items', async () => {
    const result = await gw.query(DEFAULT_PAGE);

    expect(result.data?.conversations.nodes).toHaveLength(10);
  });

  it('accepts cursors from another gateway instance that shares the secret', async () => {
    const env = { CURSOR_SECRET: 'a-shared-secret-of-at-least-32-characters!' };
    const one = await startTestGateway({ env, sharedSimulator: gw.simulator });
    const two = await startTestGateway({ env, sharedSimulator: gw.simulator });
    try {
      const first = await one.query(CONVERSATIONS, { first: 5 });
      const after = first.data?.conversations.pageInfo.endCursor;

      const next = await two.query(CONVERSATIONS, { first: 5, after });

      expect(next.errors).toBeUndefined();
      expect(next.data?.conversations.edges.map((e) => e.node.id)).toEqual(allIds.slice(5, 10));
    } finally {
      await one.close();
      await two.close();
    }
  });

  it('keeps a cursor on the first page pointing at the same item after new conversations arrive', async () => {
    const first = await page(10);
    const after = first.edges[4]?.cursor;
    await gw.rest(z.unknown(), 'POST', '/conversations', {
      name: 'Newer',
      channelId: await anyChannel(),
    });

    const next = await page(3, after);

    expect(next.edges.map((e) => e.node.id)).toEqual(allIds.slice(5, 8));
  });

  it('loads the next page of a thread with one upstream call through Query.messages', async () => {
    const id = allIds[0] ?? '';
    const thread = await gw.query(THREAD, { id });
    const after = thread.data?.conversation?.messages?.pageInfo.endCursor;
    const rest = await restWalk(`/conversations/${id}/messages`);
    gw.clearCalls();

    const next = await gw.query(NEXT_MESSAGES, { id, after });

    expect(next.errors).toBeUndefined();
    expect(next.data?.messages?.edges.map((e) => e.node.id)).toEqual(rest.slice(5, 10));
    expect(gw.calls()).toHaveLength(1);
  });

  it('reports the message total and pages through messages', async () => {
    const id = allIds[0] ?? '';
    const result = await gw.query(MESSAGE_TOTAL, { id });
    const rest = await restWalk(`/conversations/${id}/messages`);

    expect(result.data?.conversation?.messages?.totalCount).toBe(rest.length);
    expect(result.data?.conversation?.messages?.edges.map((e) => e.node.id)).toEqual(
      rest.slice(0, 3),
    );
  });
});

async function anyChannel(): Promise<string> {
  const conversation = await gw.rest(
    z.object({ channelId: z.string() }),
    'GET',
    `/conversations/${allIds[0] ?? ''}`,
  );
  return conversation.body.channelId;
}
