/**
 * The screens as the direct REST client performs them: each call as soon as what it needs is
 * known, independent calls concurrently (bounded by the client's 6 connections).
 */
import { arrayAt, stringAt } from '../../json.js';
import type { Fixtures, ScenarioName, ScreenIds } from '../types.js';
import type { RestApi } from './restApi.js';

const seg = encodeURIComponent;

function id(value: unknown): string {
  const found = stringAt(value, 'id');
  if (found === null) throw new Error('An item has no id');
  return found;
}

/** 20 conversations, then the 5 newest messages of each: 21 calls, 2 round trips at best. */
export async function restInbox(api: RestApi): Promise<ScreenIds> {
  const list = await api.get('/conversations?limit=20');
  const conversations = arrayAt(list, 'results');
  const pages = await Promise.all(
    conversations.map((c) => api.get(`/conversations/${seg(id(c))}/messages?limit=5`)),
  );
  return conversations.flatMap((c, i) => [
    `c:${id(c)}`,
    ...arrayAt(pages[i], 'results').map((m) => `m:${id(m)}`),
  ]);
}

/** The conversation and its first 50 messages (concurrently), then the next 50: 3 calls. */
export async function restThread(api: RestApi, conversationId: string): Promise<ScreenIds> {
  const path = `/conversations/${seg(conversationId)}`;
  const [conversation, first] = await Promise.all([
    api.get(path),
    api.get(`${path}/messages?limit=50`),
  ]);
  const token = stringAt(first, 'nextPageToken');
  if (token === null) throw new Error('The thread has no second page');
  const next = await api.get(`${path}/messages?limit=50&pageToken=${seg(token)}`);
  return [
    `c:${id(conversation)}`,
    ...arrayAt(first, 'results').map((m) => `m:${id(m)}`),
    ...arrayAt(next, 'results').map((m) => `m:${id(m)}`),
  ];
}

export async function restLookup(api: RestApi, conversationId: string): Promise<ScreenIds> {
  const conversation = await api.get(`/conversations/${seg(conversationId)}`);
  return [`c:${id(conversation)}`, `name:${stringAt(conversation, 'name') ?? ''}`];
}

/** The body of a text reply sent as the access key, as the gateway sends it. */
export function replyBody(f: Fixtures): Record<string, unknown> {
  return {
    participantId: f.accessKeyId,
    participantType: 'accessKey',
    body: { type: 'text', text: { text: f.replyText } },
    addMissingParticipants: true,
  };
}

export async function restReply(api: RestApi, f: Fixtures): Promise<ScreenIds> {
  const message = await api.post(
    `/conversations/${seg(f.replyConversationId)}/messages`,
    replyBody(f),
  );
  id(message);
  // The screen shows the conversation as the reply left it (lastMessage, updatedAt, featured
  // participants), as SendReply.graphql selects for normalized caches; Bird's answer to a POST is
  // the message alone.
  await api.get(`/conversations/${seg(f.replyConversationId)}`);
  return [`text:${stringAt(message, 'body', 'text', 'text') ?? ''}`];
}

/** Runs a scenario's screen with a REST client. */
export function restScreen(api: RestApi, scenario: ScenarioName, f: Fixtures): Promise<ScreenIds> {
  switch (scenario) {
    case 'inbox':
      return restInbox(api);
    case 'thread':
      return restThread(api, f.threadId);
    case 'lookup':
      return restLookup(api, f.lookupId);
    case 'reply':
      return restReply(api, f);
  }
}

/** The critical-path floor of the inbox: two sequential round trips (list, then one page). */
export async function inboxFloor(api: RestApi): Promise<void> {
  const list = await api.get('/conversations?limit=20');
  const first = arrayAt(list, 'results')[0];
  await api.get(`/conversations/${seg(id(first))}/messages?limit=5`);
}
