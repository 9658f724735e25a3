import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { startSimulator, type Simulator } from '../../src/simulator/index.js';
import { startTestGateway, type TestGateway } from '../helpers/gateway.js';

const operationLine = z.object({
  level: z.literal(30),
  msg: z.literal('operation'),
  requestId: z.string(),
  operation: z.string().nullable(),
  type: z.string().nullable(),
  durationMs: z.number(),
  upstreamCalls: z.number(),
  upstreamAttempts: z.number(),
  estimatedUpstreamCalls: z.number().nullable(),
  status: z.number(),
  errors: z.array(z.string()).optional(),
});

const operationLines = (gw: TestGateway) =>
  gw.logs
    .map((line) => z.object({ msg: z.string() }).loose().parse(JSON.parse(line)))
    .filter((entry) => entry.msg === 'operation')
    .map((entry) => operationLine.parse(entry));

describe('operation log lines', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway();
  });
  afterAll(() => gw.close());
  beforeEach(() => {
    gw.simulator.reset();
    gw.logs.length = 0;
  });

  it('writes one info line per operation with its name, duration, calls and request id', async () => {
    await gw.queryText(
      'query Two { conversations(first: 2) { nodes { id } } }',
      {},
      { 'x-request-id': 'req-1' },
    );

    expect(operationLines(gw)).toEqual([
      expect.objectContaining({
        requestId: 'req-1',
        operation: 'Two',
        type: 'query',
        upstreamCalls: 1,
        upstreamAttempts: 1,
        estimatedUpstreamCalls: 1,
        status: 200,
      }),
    ]);
    expect(operationLines(gw)[0]?.errors).toBeUndefined();
  });

  it('lists the error codes of an operation that failed', async () => {
    gw.simulator.faults.inject({
      path: '/workspaces/*/conversations',
      kind: 'status',
      status: 404,
    });
    await gw.queryText(
      'query Missing { conversations(first: 1) { nodes { id } } }',
      {},
      {
        'x-request-id': 'req-2',
      },
    );
    await gw.queryText('{ nope }');

    expect(operationLines(gw)).toEqual([
      expect.objectContaining({ requestId: 'req-2', operation: 'Missing', errors: ['NOT_FOUND'] }),
      expect.objectContaining({ status: 400, errors: ['GRAPHQL_VALIDATION_FAILED'] }),
    ]);
  });
  it('writes a line for a request refused before GraphQL runs', async () => {
    await fetch(gw.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'req-3' },
      body: '{ not json',
    });

    const refused = gw.logs
      .map((line) => z.record(z.string(), z.unknown()).parse(JSON.parse(line)))
      .filter((entry) => entry.msg === 'request refused');
    expect(refused).toEqual([
      expect.objectContaining({
        level: 30,
        requestId: 'req-3',
        status: 400,
        errors: ['BAD_REQUEST'],
      }),
    ]);
  });
});

describe('secrets', () => {
  const TOKEN = 'gateway-token-0123456789-secret';
  const WRONG_TOKEN = 'wrong-token-9876543210-secret';
  const WRONG_KEY = 'wrong-access-key-0123456789';
  let simulator: Simulator;
  let gw: TestGateway;
  let secrets: string[];

  beforeAll(async () => {
    simulator = await startSimulator({ port: 0 });
    gw = await startTestGateway({
      live: true,
      sharedSimulator: simulator,
      env: {
        LOG_LEVEL: 'trace',
        BIRD_WORKSPACE_ID: simulator.workspaceId,
        BIRD_ACCESS_KEY: simulator.accessKey,
        GATEWAY_TOKENS: TOKEN,
        // Both ways in at once, so every credential path is covered.
        GATEWAY_FORWARD_CLIENT_KEYS: 'true',
        UPSTREAM_RETRY_BASE_DELAY_MS: '1',
      },
    });
    const other = simulator.tenants[1];
    if (other === undefined) throw new Error('the simulator has a second tenant');
    secrets = [simulator.accessKey, other.accessKey, TOKEN, WRONG_TOKEN, WRONG_KEY];
  });
  afterAll(async () => {
    await gw.close();
    await simulator.close();
  });

  it('never appear in logs at trace level, in errors or in responses', async () => {
    const other = simulator.tenants[1];
    if (other === undefined) throw new Error('the simulator has a second tenant');
    const QUERY =
      'query Q { conversations(first: 2) { nodes { id lastMessage { message { id } } } } }';
    const held = { authorization: `Bearer ${TOKEN}` };
    const responses: string[] = [];
    const send = async (headers: Record<string, string>, query = QUERY) => {
      const result = await gw.queryText(query, {}, headers);
      responses.push(result.text, JSON.stringify([...result.headers]));
      return result;
    };

    // The held key, through a gateway token.
    expect((await send(held)).errors).toBeUndefined();
    // A client's own key for another workspace.
    const own = await send({
      authorization: `AccessKey ${other.accessKey}`,
      'x-bird-workspace-id': other.workspaceId,
    });
    expect(own.errors).toBeUndefined();
    // Keys and tokens that are refused, by the gateway or by Bird (upstream 401).
    expect((await send({ authorization: `Bearer ${WRONG_TOKEN}` })).status).toBe(401);
    const refused = await send({
      authorization: `AccessKey ${WRONG_KEY}`,
      'x-bird-workspace-id': simulator.workspaceId,
    });
    expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    // Upstream 503s (retried, logged at debug) with bodies that echo the credentials, then resets.
    simulator.faults.inject({
      path: '/workspaces/*/conversations',
      kind: 'status',
      status: 503,
      times: 3,
      body: { message: `echo: AccessKey ${simulator.accessKey}`, code: 'InternalError' },
    });
    expect((await send(held)).errors?.[0]?.extensions?.code).toBe('UPSTREAM_ERROR');
    simulator.faults.inject({
      path: '/workspaces/*/conversations/*/messages/*',
      kind: 'reset',
      times: 50,
    });
    expect((await send(held)).errors?.[0]?.extensions?.code).toBe('UPSTREAM_ERROR');
    // Malformed requests that carry the credentials.
    await send(held, '{ conversations(first: 2) { nodes { id ');
    await send({ authorization: `AccessKey ${WRONG_KEY}` }, '{ __typename }');

    const everything = [...gw.logs, ...responses].join('\n');
    expect(gw.logs.length).toBeGreaterThanOrEqual(8);
    for (const secret of secrets) expect(everything).not.toContain(secret);
  });
});
