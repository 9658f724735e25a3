/**
 * Upstream bodies the gateway must not trust: one larger than UPSTREAM_MAX_BODY_BYTES (declared or
 * not), one that never ends, and 2xx bodies of the wrong shape. Each fails its call with a typed
 * error, and none holds the gateway's memory or its operation past the deadline.
 */
import type { ServerResponse } from 'node:http';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startScriptedGateway, type ScriptedGateway } from '../helpers/scriptedUpstream.js';

const MB = 1024 * 1024;
const CONVERSATION = {
  id: 'c-1',
  status: 'active',
  visibility: 'public',
  accessibility: 'open',
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
};
const GET_ONE = '{ conversation(id: "c-1") { id name } }';
const LIST = '{ conversations(first: 2) { nodes { id } } }';
const CLOSE =
  'mutation { updateConversation(input: { id: "c-1", status: CLOSED }) { conversation { id } } }';

let gw: ScriptedGateway;
/** Resolves when the upstream's current response has been closed (finished or cut). */
let responseClosed: Promise<void>;

beforeAll(async () => {
  // Long enough for the 50 MB tests on a busy machine; short enough for the trickle tests.
  gw = await startScriptedGateway({ OPERATION_DEADLINE_MS: '1500' });
});
afterAll(async () => {
  await gw.close();
});
beforeEach(() => {
  gw.calls.length = 0;
  gw.logs.length = 0;
});

function json(res: ServerResponse, body: unknown): void {
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

/** Streams `total` bytes of JSON whitespace, honouring backpressure, until done or cut. */
function hugeBody(res: ServerResponse, total: number, declareLength: boolean): void {
  const chunk = Buffer.alloc(64 * 1024, ' ');
  res.writeHead(200, {
    'content-type': 'application/json',
    ...(declareLength ? { 'content-length': String(total) } : {}),
  });
  let sent = 0;
  const pump = () => {
    while (sent < total && !res.destroyed) {
      sent += chunk.length;
      if (!res.write(chunk)) {
        res.once('drain', pump);
        return;
      }
    }
    res.end();
  };
  pump();
}

/** Sends headers and then a byte every few milliseconds, for ever. */
function trickle(res: ServerResponse): void {
  res.writeHead(200, { 'content-type': 'application/json' });
  res.write('{');
  const timer = setInterval(() => res.write(' '), 20);
  res.once('close', () => {
    clearInterval(timer);
  });
}

function scriptWith(answer: (res: ServerResponse) => void): void {
  responseClosed = new Promise((resolve) => {
    gw.script((_req, res) => {
      res.once('close', resolve);
      answer(res);
    });
  });
}

describe('an upstream body over the size limit', () => {
  it('declared by Content-Length fails with UPSTREAM_ERROR, and the connection is cut', async () => {
    scriptWith((res) => {
      hugeBody(res, 50 * MB, true);
    });

    const result = await gw.query(GET_ONE);

    expect(result.errors?.[0]?.extensions?.code).toBe('UPSTREAM_ERROR');
    expect(result.errors?.[0]?.message).toContain('larger than 4194304 bytes');
    await responseClosed;
  });

  it('sent without a length fails with UPSTREAM_ERROR while RSS stays flat', async () => {
    scriptWith((res) => {
      hugeBody(res, 50 * MB, false);
    });
    const before = process.memoryUsage().rss;

    for (let round = 0; round < 2; round += 1) {
      const results = await Promise.all([gw.query(GET_ONE), gw.query(LIST), gw.query(GET_ONE)]);
      for (const result of results) {
        expect(result.errors?.[0]?.extensions?.code).toBe('UPSTREAM_ERROR');
      }
    }

    // Six 50 MB bodies; buffering them took 400 MB with three in flight.
    const growth = (process.memoryUsage().rss - before) / MB;
    expect(growth).toBeLessThan(100);
  });
});

describe('an upstream body that never ends', () => {
  it('fails a read with UPSTREAM_TIMEOUT at the operation deadline', async () => {
    scriptWith(trickle);

    const result = await gw.query(GET_ONE);

    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'UPSTREAM_TIMEOUT',
      cause: 'OPERATION_DEADLINE',
    });
    await responseClosed;
  });

  it('fails a write with UPSTREAM_OUTCOME_UNKNOWN at the deadline, without resending it', async () => {
    scriptWith(trickle);

    const result = await gw.query(CLOSE);

    expect(result.errors?.[0]?.extensions?.code).toBe('UPSTREAM_OUTCOME_UNKNOWN');
    await responseClosed;
    expect(gw.calls.filter((c) => c.method === 'PATCH')).toHaveLength(1);
  });
});

describe('a 2xx upstream body of the wrong shape', () => {
  const cases = [
    { name: 'an array where a conversation is expected', query: GET_ONE, body: [CONVERSATION] },
    { name: 'a conversation without its status', query: GET_ONE, body: { id: 'c-1' } },
    { name: 'a list whose results are null', query: LIST, body: { results: null } },
    { name: 'a list of strings', query: LIST, body: { results: ['c-1'] } },
    {
      name: 'featured participants that are not a list',
      query: GET_ONE,
      body: { ...CONVERSATION, featuredParticipants: { id: 'p-1' } },
    },
  ];

  it.each(cases)('($name) is UPSTREAM_ERROR, logged as a warning with the route', async (c) => {
    gw.script((_req, res) => {
      json(res, c.body);
    });

    const result = await gw.query(c.query);

    expect(result.errors?.[0]?.extensions?.code).toBe('UPSTREAM_ERROR');
    expect(result.errors?.[0]?.message).toContain('unexpected shape');
    const warning = gw.logs.find((l) => l.msg === 'unusable upstream response');
    expect(warning).toMatchObject({ level: 40, method: 'GET' });
    expect(['/conversations/{id}', '/conversations']).toContain(warning?.route);
    expect(gw.logs.filter((l) => l.level >= 50)).toEqual([]);
  });

  it('of the right shape is served', async () => {
    gw.script((_req, res) => {
      json(res, { ...CONVERSATION, name: 'Fine' });
    });

    const result = await gw.query(GET_ONE);

    expect(result.errors).toBeUndefined();
    expect(result.data).toMatchObject({ conversation: { name: 'Fine' } });
  });
});
