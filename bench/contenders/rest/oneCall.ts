/**
 * Screens that are one REST call (single lookup, reply) as fixed requests, for the bare proxy and
 * for the direct client talking to the simulator itself.
 */
import { JSON_HEADERS, type HttpCall } from '../../http.js';
import { parseJson, stringAt } from '../../json.js';
import { replayUser, send } from '../graphqlScreen.js';
import type { Fixtures, PreparedScreen } from '../types.js';
import { Pool } from 'undici';
import { replyBody } from './screens.js';

export function restCall(scenario: 'lookup' | 'reply', f: Fixtures): HttpCall {
  const base = `/workspaces/${encodeURIComponent(f.workspaceId)}/conversations`;
  const authorization = `AccessKey ${f.accessKey}`;
  return scenario === 'lookup'
    ? {
        method: 'GET',
        path: `${base}/${encodeURIComponent(f.lookupId)}`,
        headers: { authorization, accept: 'application/json' },
      }
    : {
        method: 'POST',
        path: `${base}/${encodeURIComponent(f.replyConversationId)}/messages`,
        headers: { ...JSON_HEADERS, authorization, accept: 'application/json' },
        body: JSON.stringify(replyBody(f)),
      };
}

/** Sends the call once through `origin`, checks the answer, and returns it ready to be timed. */
export async function prepareRestCall(
  origin: string,
  scenario: 'lookup' | 'reply',
  f: Fixtures,
): Promise<PreparedScreen> {
  const call = restCall(scenario, f);
  const pool = new Pool(origin, { connections: 1 });
  let answer: unknown;
  try {
    answer = parseJson(await send(pool, call));
  } finally {
    await pool.close();
  }
  const id = stringAt(answer, 'id');
  if (id === null) throw new Error('The answer has no id');
  const ids =
    scenario === 'lookup'
      ? [`c:${id}`, `name:${stringAt(answer, 'name') ?? ''}`]
      : [`text:${stringAt(answer, 'body', 'text', 'text') ?? ''}`];
  return {
    ids,
    calls: [call],
    origin,
    verifyBody: null,
    user: () => replayUser(origin, [call], null),
  };
}
