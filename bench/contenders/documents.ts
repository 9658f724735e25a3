/**
 * The GraphQL documents the gateway and the naive server both answer: the gateway's own example
 * operations (operations/Inbox.graphql, operations/SendReply.graphql) and the benchmark's thread
 * and lookup queries (bench/queries/).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PATHS } from '../paths.js';

function load(dir: string, file: string): string {
  return readFileSync(join(dir, file), 'utf8');
}

export interface Documents {
  readonly inbox: string;
  readonly thread: string;
  readonly threadMessages: string;
  readonly lookup: string;
  readonly reply: string;
}

/** The message fields both thread documents share. */
const threadMessage = () => load(PATHS.queries, 'ThreadMessage.fragment.graphql');

let cached: Documents | null = null;

export function documents(): Documents {
  cached ??= {
    inbox: load(PATHS.operations, 'Inbox.graphql'),
    reply: load(PATHS.operations, 'SendReply.graphql'),
    thread: `${load(PATHS.queries, 'Thread.graphql')}\n${threadMessage()}`,
    threadMessages: `${load(PATHS.queries, 'ThreadMessages.graphql')}\n${threadMessage()}`,
    lookup: load(PATHS.queries, 'Lookup.graphql'),
  };
  return cached;
}
