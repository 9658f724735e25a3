import { createHash } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { loadManifest, type PersistedOperation } from '../../src/graphql/persisted/manifest.js';
import { startTestGateway, type TestGateway } from '../helpers/gateway.js';

const manifest = loadManifest(null);
const byName = (name: string): PersistedOperation => {
  const found = [...manifest.values()].find((o) => o.name === name);
  if (found === undefined) throw new Error(`${name} is not in operations/manifest.json`);
  return found;
};
const INBOX = byName('Inbox');

const body = z.object({
  data: z.unknown().optional(),
  errors: z
    .array(z.object({ message: z.string(), extensions: z.object({ code: z.string() }) }))
    .optional(),
});

/** Sends a raw request to the gateway and returns the status and the parsed JSON body. */
async function send(
  gw: TestGateway,
  init: { method?: string; search?: Record<string, string> } & RequestInit,
) {
  const url = new URL(gw.url);
  for (const [key, value] of Object.entries(init.search ?? {})) url.searchParams.set(key, value);
  const response = await fetch(url, init);
  return { status: response.status, body: body.parse(await response.json()) };
}

const post = (gw: TestGateway, payload: unknown) =>
  send(gw, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(payload),
  });

const PREFLIGHT = { 'apollo-require-preflight': 'true' };
const codes = (result: { body: z.infer<typeof body> }) =>
  result.body.errors?.map((e) => e.extensions.code);

describe('persisted operations (PERSISTED_OPERATIONS=apq, the default)', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway();
  });
  afterAll(() => gw.close());
  beforeEach(() => {
    gw.simulator.reset();
  });

  it('registers an automatic persisted query over POST and then serves it by hash alone', async () => {
    const query = '{ conversations(first: 1) { nodes { id } } }';
    const sha256Hash = createHash('sha256').update(query).digest('hex');
    const extensions = { persistedQuery: { version: 1, sha256Hash } };

    expect(codes(await post(gw, { extensions }))).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
    const registered = await post(gw, { query, extensions });
    expect(registered.body.errors).toBeUndefined();

    const byHash = await post(gw, { extensions });
    expect(byHash.status).toBe(200);
    expect(byHash.body.data).toEqual(registered.body.data);
  });

  it('runs the manifest’s operations by documentId or hash without registering them', async () => {
    const variables = { first: 2 };

    const byDocumentId = await post(gw, { documentId: `sha256:${INBOX.id}`, variables });
    const byHash = await post(gw, {
      extensions: { persistedQuery: { version: 1, sha256Hash: INBOX.id } },
      variables,
    });

    expect(byDocumentId.body.errors).toBeUndefined();
    expect(byDocumentId.body.data).toHaveProperty('conversations.edges.length', 2);
    expect(byHash.body.data).toEqual(byDocumentId.body.data);
  });

  it('serves a persisted query over GET to a client that sends a preflight header', async () => {
    const result = await send(gw, {
      headers: PREFLIGHT,
      search: { documentId: INBOX.id, variables: JSON.stringify({ first: 1 }) },
    });

    expect(result.status).toBe(200);
    expect(result.body.data).toHaveProperty('conversations.edges.length', 1);
  });

  it('refuses a GET without a preflight-forcing header (CSRF prevention), before any call', async () => {
    gw.clearCalls();
    const result = await send(gw, { search: { documentId: INBOX.id } });

    expect(result.status).toBe(400);
    expect(codes(result)).toEqual(['BAD_REQUEST']);
    expect(result.body.errors?.[0]?.message).toContain('apollo-require-preflight');
    expect(gw.calls()).toHaveLength(0);
  });

  it('refuses a mutation over GET with 405, whether sent as text or as a persisted id', async () => {
    gw.clearCalls();
    const reply = byName('SendReply');
    const variables = JSON.stringify({ conversationId: 'c', participantId: 'p', text: 'hi' });

    const asId = await send(gw, {
      headers: PREFLIGHT,
      search: { documentId: reply.id, variables },
    });
    const asText = await send(gw, { headers: PREFLIGHT, search: { query: reply.body, variables } });

    for (const result of [asId, asText]) {
      expect(result.status).toBe(405);
      expect(result.body.data).toBeUndefined();
    }
    expect(gw.calls()).toHaveLength(0);
  });
});

describe('trusted documents (PERSISTED_OPERATIONS=trusted)', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway({ env: { PERSISTED_OPERATIONS: 'trusted' } });
  });
  afterAll(() => gw.close());
  beforeEach(() => {
    gw.simulator.reset();
  });

  it('runs the manifest’s operations by documentId, by hash and by their exact text', async () => {
    const variables = { first: 3 };
    const results = [
      await post(gw, { documentId: `sha256:${INBOX.id}`, variables }),
      await post(gw, {
        extensions: { persistedQuery: { version: 1, sha256Hash: INBOX.id } },
        variables,
      }),
      await post(gw, { query: INBOX.body, variables }),
      await send(gw, {
        headers: PREFLIGHT,
        search: { documentId: INBOX.id, variables: '{"first":3}' },
      }),
    ];

    for (const result of results) {
      expect(result.body.errors).toBeUndefined();
      expect(result.body.data).toHaveProperty('conversations.edges.length', 3);
    }
  });

  it('refuses a free-form query with QUERY_NOT_IN_SAFELIST and no upstream call', async () => {
    gw.clearCalls();
    const result = await post(gw, { query: '{ conversations(first: 1) { nodes { id } } }' });

    expect(result.status).toBe(400);
    expect(codes(result)).toEqual(['QUERY_NOT_IN_SAFELIST']);
    expect(gw.calls()).toHaveLength(0);
  });

  it('refuses an id that is not in the manifest, and registration of new operations', async () => {
    const query = '{ __typename }';
    const sha256Hash = createHash('sha256').update(query).digest('hex');

    const unknown = await post(gw, { documentId: sha256Hash });
    const register = await post(gw, {
      query,
      extensions: { persistedQuery: { version: 1, sha256Hash } },
    });

    expect(unknown.status).toBe(400);
    expect(codes(unknown)).toEqual(['PERSISTED_QUERY_NOT_IN_LIST']);
    expect(codes(register)).toEqual(['QUERY_NOT_IN_SAFELIST']);
  });

  it('checks every operation of a batch', async () => {
    const result = await post(gw, [
      { documentId: INBOX.id, variables: { first: 1 } },
      { query: '{ __typename }' },
    ]);

    expect(codes(result)).toEqual(['QUERY_NOT_IN_SAFELIST']);
  });
});

describe('persisted operations off (PERSISTED_OPERATIONS=off)', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway({ env: { PERSISTED_OPERATIONS: 'off' } });
  });
  afterAll(() => gw.close());

  it('refuses ids and hashes with PERSISTED_QUERY_NOT_SUPPORTED, and runs query text', async () => {
    const byId = await post(gw, { documentId: INBOX.id });
    const byHash = await post(gw, {
      extensions: { persistedQuery: { version: 1, sha256Hash: INBOX.id } },
    });
    const text = await post(gw, { query: '{ __typename }' });

    expect(codes(byId)).toEqual(['PERSISTED_QUERY_NOT_SUPPORTED']);
    expect(codes(byHash)).toEqual(['PERSISTED_QUERY_NOT_SUPPORTED']);
    expect(text.body.data).toEqual({ __typename: 'Query' });
  });
});
