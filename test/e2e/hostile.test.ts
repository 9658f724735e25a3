import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { Random } from '../../src/simulator/random.js';
import { graphql } from '../gql/index.js';
import { startTestGateway, type TestGateway } from '../helpers/gateway.js';

const END_CURSOR = graphql(`
  query HostileEndCursor {
    conversations(first: 2) {
      pageInfo {
        endCursor
      }
    }
  }
`);

const TOKEN = 'hostile-test-gateway-token-0123456789';

const errorsShape = z.object({
  errors: z
    .array(z.object({ message: z.string(), extensions: z.object({ code: z.string() }) }))
    .min(1),
});
const dataShape = z.object({ data: z.record(z.string(), z.unknown()).nullable() });
/** A GraphQL answer: data, or typed errors (every error has a code). */
const answerShape = z.union([errorsShape, dataShape]);

let gw: TestGateway;
let secrets: string[];

beforeAll(async () => {
  gw = await startTestGateway({ env: { GATEWAY_TOKENS: TOKEN, MAX_BODY_BYTES: '200000' } });
  secrets = [gw.simulator.accessKey, TOKEN];
});
afterAll(() => gw.close());
beforeEach(() => {
  gw.simulator.reset();
});

interface Answer {
  readonly status: number;
  readonly text: string;
}

/** What every answer to a hostile request must look like. */
function expectSafe(answer: Answer): void {
  expect(answer.text, 'no stack trace').not.toMatch(/\n\s+at |\bat .+:\d+:\d+/);
  expect(answer.text, 'no file path').not.toMatch(/file:\/\/|node_modules|\/src\/|\.ts\b/);
  for (const secret of secrets) expect(answer.text).not.toContain(secret);
  expect(answer.status).toBeLessThan(500);
}

/** The single error code of a refused request. */
function refusal(answer: Answer): string {
  expectSafe(answer);
  const parsed = errorsShape.safeParse(JSON.parse(answer.text));
  if (!parsed.success) throw new Error(`expected a refusal, got ${answer.text}`);
  return parsed.data.errors[0]?.extensions.code ?? '';
}

async function post(body: string): Promise<Answer> {
  const response = await fetch(gw.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
    body,
  });
  return { status: response.status, text: await response.text() };
}

const op = (query: string, variables?: unknown) => post(JSON.stringify({ query, variables }));

describe('hostile operations are refused before any upstream call', () => {
  it('deep nesting', async () => {
    let query = '{ id }';
    for (let i = 0; i < 20; i += 1)
      query = `{ messages(first: 1) { nodes { conversation ${query} } } }`;
    const answer = await op(`{ conversation(id: "x") ${query} }`);

    expect(answer.status).toBe(400);
    expect(refusal(answer)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(answer.text).toContain('Query depth limit of 12 exceeded');
  });

  it('1,000 aliases, and 31 when 30 are allowed', async () => {
    const many = (n: number) =>
      `{ ${Array.from({ length: n }, (_, i) => `a${i}: conversations(first: 0) { __typename }`).join(' ')} }`;

    const thousand = await op(many(1000));
    const thirtyOne = await op(many(31));

    expect(thousand.status).toBe(400);
    expect(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED']).toContain(refusal(thousand));
    expect(refusal(thirtyOne)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(thirtyOne.text).toContain('Aliases limit of 30 exceeded, found 31');
  });

  it('a document of more than 3,000 tokens', async () => {
    const answer = await op(`{ ${'__typename '.repeat(3100)} }`);

    expect(refusal(answer)).toBe('GRAPHQL_PARSE_FAILED');
    expect(answer.text).toMatch(/Document contains more tha[nt] 3000 tokens/);
  });

  it('repeated directives', async () => {
    const fields = Array.from({ length: 25 }, (_, i) => `f${i}: __typename @include(if: true)`);
    const distinct = await op(`{ ${fields.join(' ')} }`);
    const same = await op(`{ __typename ${'@skip(if: false) '.repeat(50)}}`);

    expect(refusal(distinct)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(distinct.text).toContain('Directives limit of 20 exceeded');
    expect(refusal(same)).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('a fragment bomb that expands to thousands of selections', async () => {
    const fragments = Array.from(
      { length: 12 },
      (_, i) => `fragment F${i} on Query { __typename ...F${i + 1} ...F${i + 1} }`,
    );
    const answer = await op(
      `query { ...F0 } ${fragments.join(' ')} fragment F12 on Query { __typename }`,
    );

    expect(refusal(answer)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(answer.text).toMatch(/selections/i);
  });

  it('a huge fan-out through aliases and page sizes', async () => {
    const aliases = Array.from(
      { length: 30 },
      (_, i) =>
        `c${i}: conversations(first: 100) { nodes { messages(first: 100) { nodes { id } } } }`,
    );
    const answer = await op(`{ ${aliases.join(' ')} }`);

    expect(answer.status).toBe(400);
    expect(refusal(answer)).toBe('QUERY_TOO_COSTLY');
  });

  it('a batch of more operations than allowed', async () => {
    const answer = await post(
      JSON.stringify(Array.from({ length: 50 }, () => ({ query: '{ __typename }' }))),
    );

    expect(answer.status).toBe(400);
    expect(refusal(answer)).toBe('BAD_REQUEST');
  });

  it('invalid variables', async () => {
    const query =
      'query ($n: Int, $id: ID!) { conversation(id: $id) { messages(first: $n) { nodes { id } } } }';
    const answers = [
      await op(query, { id: 'x', n: 'ten' }),
      await op(query, { n: 1 }),
      await op(query, 'not an object'),
      await op(query, { id: { nested: ['x'] }, n: 2 ** 40 }),
    ];

    for (const answer of answers) {
      expect(answer.status).toBe(400);
      expect(['BAD_USER_INPUT', 'BAD_REQUEST']).toContain(refusal(answer));
    }
  });

  it('invalid and transplanted cursors', async () => {
    const list = await gw.query(END_CURSOR, {}, { authorization: `Bearer ${TOKEN}` });
    const cursor = list.data?.conversations.pageInfo.endCursor ?? '';
    gw.clearCalls();

    const garbage = await op('{ conversations(after: "garbage") { nodes { id } } }');
    const tampered = await op(
      `{ conversations(after: "${cursor.slice(0, -2)}AA") { nodes { id } } }`,
    );
    const elsewhere = await op(
      `query ($c: String) { participantConversations(channelId: "x", participantId: "y", after: $c) { nodes { id } } }`,
      { c: cursor },
    );

    for (const answer of [garbage, tampered, elsewhere]) {
      expectSafe(answer);
      expect(answer.text).toContain('BAD_USER_INPUT');
      expect(answer.text).toContain('cursor');
    }
    expect(gw.calls()).toHaveLength(0);
  });

  afterAll(() => {
    // None of the refusals above reached Bird.
    expect(gw.calls()).toHaveLength(0);
  });
});

describe('malformed upstream data', () => {
  const firstId = async () => {
    const conversations = await gw.rest(
      z.object({ results: z.array(z.object({ id: z.string() })) }),
      'GET',
      '/conversations?limit=1',
    );
    return conversations.body.results[0]?.id ?? '';
  };

  it('of the wrong shape is UPSTREAM_ERROR naming the field, without what Bird sent', async () => {
    const id = await firstId();
    gw.simulator.faults.inject({
      path: `/workspaces/*/conversations/${id}`,
      kind: 'status',
      status: 200,
      body: {
        id,
        status: 'active',
        visibility: 'public',
        accessibility: 'open',
        createdAt: 'not a date',
        updatedAt: { no: 'bird-internal' },
      },
    });

    const answer = await op(`{ conversation(id: "${id}") { id createdAt updatedAt } }`);

    expect(refusal(answer)).toBe('UPSTREAM_ERROR');
    expect(answer.text).toContain('unexpected shape (updatedAt');
    expect(answer.text).not.toContain('not a date');
    expect(answer.text).not.toContain('bird-internal');
  });

  it('of the right shape but a bad value is masked as INTERNAL_SERVER_ERROR', async () => {
    const id = await firstId();
    const good = await gw.rest(z.record(z.string(), z.unknown()), 'GET', `/conversations/${id}`);
    gw.simulator.faults.inject({
      path: `/workspaces/*/conversations/${id}`,
      kind: 'status',
      status: 200,
      body: { ...good.body, createdAt: 'not a date' },
    });

    const answer = await op(`{ conversation(id: "${id}") { id createdAt updatedAt } }`);

    expectSafe(answer);
    expect(answer.text).toContain('INTERNAL_SERVER_ERROR');
    expect(answer.text).toContain('Internal server error');
    expect(answer.text).not.toContain('not a date');
  });
});

describe('fuzzing', () => {
  it('answers 400 random bodies, methods and content types with typed errors and keeps serving', async () => {
    // Seeded (the simulator's mulberry32), so a failing fuzz case can be replayed.
    const seeded = new Random(20_261_121);
    const random = () => seeded.next();
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
    const VALID = JSON.stringify({
      query: 'query Q($n: Int) { conversations(first: $n) { nodes { id name } } }',
      variables: { n: 2 },
    });
    const bytes = (n: number) =>
      Buffer.from(Array.from({ length: n }, () => Math.floor(random() * 256)));
    const mutate = (text: string) => {
      const chars = Array.from(text);
      for (let i = 0; i < 1 + Math.floor(random() * 6); i += 1) {
        const at = Math.floor(random() * chars.length);
        const edit = random();
        if (edit < 0.4) chars.splice(at, 1);
        else if (edit < 0.8)
          chars.splice(at, 0, pick(['{', '}', '"', '\\', '[', ':', ',', '$', '\u0000', 'é', '@']));
        else chars[at] = String.fromCharCode(Math.floor(random() * 0xffff));
      }
      return chars.join('');
    };
    const types = [
      'application/json',
      'application/json; charset=utf-8',
      'text/plain',
      'application/graphql+json',
      'multipart/form-data',
      '',
    ];

    for (let i = 0; i < 400; i += 1) {
      const kind = random();
      const body: Buffer | string =
        kind < 0.3
          ? bytes(Math.floor(random() * 2000))
          : kind < 0.85
            ? mutate(VALID)
            : JSON.stringify(
                pick([null, 1, 'x', [], [{}], { query: 5 }, { query: '{' }, { variables: [] }]),
              );
      const method = random() < 0.85 ? 'POST' : 'GET';
      const type = pick(types);
      const headers: Record<string, string> = type === '' ? {} : { 'content-type': type };
      if (random() < 0.3) headers.authorization = `Bearer ${TOKEN}`;
      if (random() < 0.2) headers['apollo-require-preflight'] = 'true';
      const url = new URL(gw.url);
      if (method === 'GET') url.searchParams.set('query', body.toString());
      const response = await fetch(url, {
        method,
        headers,
        ...(method === 'POST' ? { body } : {}),
      });
      const answer = { status: response.status, text: await response.text() };

      expectSafe(answer);
      const parsed: unknown = JSON.parse(answer.text);
      if (Array.isArray(parsed)) {
        for (const item of parsed) answerShape.parse(item);
      } else {
        answerShape.parse(parsed);
      }
    }

    const health = await fetch(new URL('/healthz', gw.url));
    expect(health.status).toBe(200);
    const still = await gw.queryText(
      '{ conversations(first: 1) { nodes { id } } }',
      {},
      { authorization: `Bearer ${TOKEN}` },
    );
    expect(still.errors).toBeUndefined();
  }, 60_000);
});
