/**
 * Refusals a client can cause at will have a stable code and are logged at info or below: an
 * error-level line means the gateway needs attention, so no client may write one.
 */
import { request } from 'node:http';
import { z } from 'zod';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../helpers/gateway.js';

let gw: TestGateway;

beforeAll(async () => {
  gw = await startTestGateway();
});
afterAll(async () => {
  await gw.close();
});
beforeEach(() => {
  gw.logs.length = 0;
  gw.clearCalls();
});

interface LogLine {
  readonly level: number;
  readonly msg: string;
  readonly operation?: unknown;
}

function logLines(): LogLine[] {
  return gw.logs.map((line) => JSON.parse(line) as LogLine);
}

const ERROR_LEVEL = 50;

async function post(body: unknown): Promise<{ status: number; code: unknown }> {
  const response = await fetch(gw.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const parsed = (await response.json()) as { errors?: { extensions?: { code?: unknown } }[] };
  return { status: response.status, code: parsed.errors?.[0]?.extensions?.code };
}

describe('automatic persisted queries', () => {
  it('with a hash that does not match the query are BAD_REQUEST, not an error log', async () => {
    const answer = await post({
      query: '{ __typename }',
      extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } },
    });

    expect(answer).toEqual({ status: 400, code: 'BAD_REQUEST' });
    expect(logLines().filter((l) => l.level >= ERROR_LEVEL)).toEqual([]);
  });

  it('of an unsupported version are BAD_REQUEST, not an error log', async () => {
    const answer = await post({
      query: '{ __typename }',
      extensions: { persistedQuery: { version: 2, sha256Hash: 'a'.repeat(64) } },
    });

    expect(answer).toEqual({ status: 400, code: 'BAD_REQUEST' });
    expect(logLines().filter((l) => l.level >= ERROR_LEVEL)).toEqual([]);
  });
});

describe('a JSON input', () => {
  // Built as text: JSON.stringify itself overflows the stack on 10,000 levels.
  const nested = (depth: number): string => `${'{"a":'.repeat(depth)}"leaf"${'}'.repeat(depth)}`;
  const UPDATE =
    'mutation ($id: ID!, $attributes: JSON) { updateConversation(input: { id: $id, attributes: $attributes }) { conversation { id } } }';
  const body = (id: string, depth: number) =>
    `{"query":${JSON.stringify(UPDATE)},"variables":{"id":${JSON.stringify(id)},"attributes":${nested(depth)}}}`;

  it('nested 10,000 deep is BAD_USER_INPUT and nothing is sent', async () => {
    const answer = await post(body('c-1', 10_000));

    expect(answer.code).toBe('BAD_USER_INPUT');
    expect(gw.calls()).toEqual([]);
    expect(logLines().filter((l) => l.level >= ERROR_LEVEL)).toEqual([]);
  });

  it('nested 32 deep is sent', async () => {
    const conversations = await gw.rest(
      z.object({ results: z.array(z.object({ id: z.string() })) }),
      'GET',
      '/conversations?limit=1',
    );
    gw.clearCalls();

    await post(body(conversations.body.results[0]?.id ?? '', 32));

    expect(gw.calls().map((c) => c.method)).toEqual(['PATCH']);
  });
});

describe('a client that goes away mid-operation', () => {
  it('is logged at debug at most, never as an error', async () => {
    gw.simulator.setLatency({ fixedMs: 300 });
    try {
      const body = JSON.stringify({ query: '{ conversations(first: 2) { nodes { id } } }' });
      const req = request(gw.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      });
      req.on('error', () => undefined);
      req.end(body);
      await new Promise<void>((resolve) => {
        const check = () => {
          if (gw.calls().length > 0) resolve();
          else setImmediate(check);
        };
        check();
      });
      req.destroy();
      // The operation log line is written once the cancelled operation has finished.
      await new Promise<void>((resolve) => {
        const check = () => {
          if (logLines().some((l) => l.msg === 'operation' || l.msg === 'client went away'))
            resolve();
          else setImmediate(check);
        };
        check();
      });
    } finally {
      gw.simulator.setLatency(null);
    }

    expect(logLines().filter((l) => l.level >= 40)).toEqual([]);
  });
});

describe('a client that goes away while sending its request', () => {
  it('is logged at debug at most, never as an error', async () => {
    const req = request(gw.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': 1_000 },
    });
    req.on('error', () => undefined);
    req.write('{"query":');
    req.flushHeaders();
    await new Promise<void>((resolve) => {
      gw.gateway.server.once('request', () => {
        resolve();
      });
    });
    req.destroy();
    await new Promise<void>((resolve) => {
      const check = () => {
        if (logLines().length > 0) resolve();
        else setImmediate(check);
      };
      check();
    });

    expect(logLines().filter((l) => l.level >= 40)).toEqual([]);
  });
});

describe('a long operation name', () => {
  it('is cut to 100 characters in the log', async () => {
    const name = `Q${'x'.repeat(90_000)}`;

    await post({ query: `query ${name} { __typename }` });

    const line = logLines().find((l) => l.msg === 'operation');
    expect(typeof line?.operation).toBe('string');
    expect(String(line?.operation)).toHaveLength(100);
    expect(String(line?.operation).startsWith('Qxxx')).toBe(true);
  });
});
