/**
 * A screen made of GraphQL operations over HTTP: each step's request may use the previous answer
 * (a next-page cursor). The checked run records the exact requests, so autocannon and the driver
 * replay the same ones.
 */
import { Pool } from 'undici';
import { graphqlBodyOk, type HttpCall } from '../http.js';
import { arrayAt, isRecord, parseJson, stringAt } from '../json.js';
import type { PreparedScreen, ScreenIds, VirtualUser } from './types.js';

/** Builds a step's request from the previous step's parsed answer (null for the first step). */
export type Step = (previous: unknown) => HttpCall;

export interface GraphqlScreenSpec {
  readonly origin: string;
  readonly steps: readonly Step[];
  /** Reads what the screen showed from every step's answer; throws when an answer is incomplete. */
  readonly ids: (answers: readonly unknown[]) => ScreenIds;
}

/** Sends one call with a dispatcher and returns the body text; throws on non-2xx. */
export async function send(pool: Pool, call: HttpCall): Promise<string> {
  const response = await pool.request({
    method: call.method,
    path: call.path,
    headers: call.headers,
    body: call.body ?? null,
  });
  const text = await response.body.text();
  if (response.statusCode < 200 || response.statusCode >= 300) {
    throw new Error(`HTTP ${response.statusCode} from ${call.path}: ${text.slice(0, 300)}`);
  }
  return text;
}

/** Parses a GraphQL answer; throws with the first error's message and code. */
export function graphqlData(text: string): unknown {
  const parsed = parseJson(text);
  const errors = arrayAt(parsed, 'errors');
  if (errors.length > 0 || !isRecord(parsed)) {
    const first = errors[0];
    const code = stringAt(first, 'extensions', 'code') ?? 'no code';
    throw new Error(`GraphQL error (${code}): ${stringAt(first, 'message') ?? text.slice(0, 300)}`);
  }
  return parsed.data;
}

/** Runs the screen once, checks it, and returns it ready to be timed. */
export async function prepareGraphqlScreen(spec: GraphqlScreenSpec): Promise<PreparedScreen> {
  const pool = new Pool(spec.origin, { connections: 1 });
  const calls: HttpCall[] = [];
  const answers: unknown[] = [];
  try {
    let previous: unknown = null;
    for (const step of spec.steps) {
      const call = step(previous);
      calls.push(call);
      previous = graphqlData(await send(pool, call));
      answers.push(previous);
    }
  } finally {
    await pool.close();
  }
  const ids = spec.ids(answers);
  return {
    ids,
    calls,
    origin: spec.origin,
    verifyBody: graphqlBodyOk,
    user: () => replayUser(spec.origin, calls, graphqlBodyOk),
  };
}

/** A virtual user replaying fixed calls on one connection, checking each answer. */
export function replayUser(
  origin: string,
  calls: readonly HttpCall[],
  verify: ((body: string) => boolean) | null,
): VirtualUser {
  const pool = new Pool(origin, { connections: 1 });
  return {
    run: async () => {
      for (const call of calls) {
        const body = await send(pool, call);
        if (verify !== null && !verify(body)) throw new Error(`Bad answer: ${body.slice(0, 300)}`);
      }
    },
    close: () => pool.close(),
  };
}
