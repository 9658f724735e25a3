/**
 * A throwaway Relay project: the shipped operations (renamed the way Relay names operations:
 * `Inbox` → `InboxQuery`), refetchable fragments that page a conversation's messages and
 * participants with @connection, and a root participants connection, compiled by the real
 * relay-compiler binary from node_modules against schema.graphql.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import type { ConcreteRequest, ReaderFragment } from 'relay-runtime';
import { operation } from './harness.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Shipped operation → the Relay name of its module and operation. */
const SHIPPED = {
  Inbox: 'InboxQuery',
  ConversationThread: 'ConversationThreadQuery',
  ConversationParticipants: 'ConversationParticipantsQuery',
  SendReply: 'SendReplyMutation',
  CreateConversation: 'CreateConversationMutation',
  UpdateConversationStatus: 'UpdateConversationStatusMutation',
  AddParticipant: 'AddParticipantMutation',
} as const;

export type ShippedName = keyof typeof SHIPPED;

/** Fragments and queries written for Relay, as a Relay app would write them. */
const RELAY_SOURCES: Record<string, string> = {
  ThreadMessages: `
    fragment ThreadMessages_conversation on Conversation
    @refetchable(queryName: "ThreadMessagesPaginationQuery")
    @argumentDefinitions(count: { type: "Int", defaultValue: 3 }, cursor: { type: "String" }) {
      name
      messages(first: $count, after: $cursor) @connection(key: "ThreadMessages_messages") {
        edges { node { id birdId previewText sender { __typename ... on ParticipantBase { id displayName } } } }
      }
    }`,
  ConversationMembers: `
    fragment ConversationMembers_conversation on Conversation
    @refetchable(queryName: "ConversationMembersPaginationQuery")
    @argumentDefinitions(count: { type: "Int", defaultValue: 2 }, cursor: { type: "String" }) {
      participants(first: $count, after: $cursor) @connection(key: "ConversationMembers_participants") {
        edges { node { __typename ... on ParticipantBase { id birdId status displayName } } }
      }
    }`,
  RootParticipants: `
    query RootParticipantsQuery($conversationId: ID!, $count: Int!, $cursor: String) {
      participants(conversationId: $conversationId, first: $count, after: $cursor)
      @connection(key: "RootParticipants_participants") {
        edges { node { __typename ... on ParticipantBase { id status } } }
      }
    }`,
  ReplyEdge: `
    mutation ReplyEdgeMutation($input: ReplyToConversationInput!, $connections: [ID!]!) {
      replyToConversation(input: $input) {
        messageEdge @prependEdge(connections: $connections) {
          cursor
          node { id birdId previewText sender { __typename ... on ParticipantBase { id displayName } } }
        }
        conversation { id updatedAt lastMessage { messageId text createdAt } }
      }
    }`,
  ConversationDeleted: `
    subscription ConversationDeletedSubscription {
      conversationDeleted { id birdId deletedConversationId @deleteRecord }
    }`,
};

export interface RelayProject {
  readonly dir: string;
  /** The compiled request of an operation or refetch query, by its Relay name. */
  request(name: string): Promise<ConcreteRequest>;
  /** The compiled reader of a fragment, by its name. */
  fragment(name: string): Promise<ReaderFragment>;
  remove(): void;
}

const run = promisify(execFile);

/** Writes the project, compiles it with relay-compiler, and fails with its output on errors. */
export async function compileRelayProject(): Promise<RelayProject> {
  const dir = mkdtempSync(join(tmpdir(), 'relay-'));
  mkdirSync(join(dir, 'src', '__generated__'), { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ type: 'module' }));
  writeFileSync(join(dir, 'schema.graphql'), readFileSync(join(ROOT, 'schema.graphql'), 'utf8'));
  writeFileSync(
    join(dir, 'relay.config.json'),
    JSON.stringify({
      src: './src',
      schema: './schema.graphql',
      language: 'javascript',
      eagerEsModules: true,
      artifactDirectory: './src/__generated__',
    }),
  );
  const write = (module: string, text: string) => {
    writeFileSync(join(dir, 'src', `${module}.js`), `graphql\`${text}\`;\n`);
  };
  for (const [name, relayName] of Object.entries(SHIPPED)) {
    // Comments go: they hold backticks, which would end the template literal.
    const text = operation(name).replace(/^#.*$/gm, '');
    write(name, text.replace(new RegExp(`^(query|mutation) ${name}\\b`, 'm'), `$1 ${relayName}`));
  }
  for (const [module, text] of Object.entries(RELAY_SOURCES)) write(module, text);
  try {
    await run(join(ROOT, 'node_modules/.bin/relay-compiler'), [], { cwd: dir });
  } catch (err) {
    rmSync(dir, { recursive: true, force: true });
    throw err;
  }
  return {
    dir,
    request: async (name) => {
      const url = pathToFileURL(join(dir, 'src', '__generated__', `${name}.graphql.js`)).href;
      const module: unknown = await import(/* @vite-ignore */ url);
      if (!isRequest(module)) throw new Error(`${name} is no query`);
      return module.default;
    },
    fragment: async (name) => {
      const url = pathToFileURL(join(dir, 'src', '__generated__', `${name}.graphql.js`)).href;
      const module: unknown = await import(/* @vite-ignore */ url);
      if (!isFragment(module)) throw new Error(`${name} is no fragment`);
      return module.default;
    },
    remove: () => {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Relay's `kind` tag of the artifact a generated module exports, or null. */
function artifactKind(module: unknown): unknown {
  if (typeof module !== 'object' || module === null || !('default' in module)) return null;
  const artifact: unknown = module.default;
  return typeof artifact === 'object' && artifact !== null && 'kind' in artifact
    ? artifact.kind
    : null;
}

function isRequest(module: unknown): module is { default: ConcreteRequest } {
  return artifactKind(module) === 'Request';
}

function isFragment(module: unknown): module is { default: ReaderFragment } {
  return artifactKind(module) === 'Fragment';
}

/** The Relay name of a shipped operation. */
export function relayName(name: ShippedName): string {
  return SHIPPED[name];
}
