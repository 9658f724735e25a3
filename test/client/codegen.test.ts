/**
 * The client-typing instructions of docs/client-typing.md, carried out: graphql-codegen's client
 * preset generates typed documents for the example operations from a running gateway's schema, into
 * a folder outside the repository, and a small frontend module that uses them must type-check (and
 * must fail to when it misuses them, so the types are precise rather than `any`).
 */
import { mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from '@graphql-codegen/cli';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../helpers/gateway.js';
import clientConfig from './codegen.client.js';

const REPO = fileURLToPath(new URL('../../', import.meta.url));

/** The output settings of docs/client-typing.md's codegen config (the client preset, its options). */
const clientPresetOutput = clientConfig.generates['./src/gql/'];

/** A frontend module using the generated documents and their result and variable types. */
const APP = `
import type { ResultOf, VariablesOf } from '@graphql-typed-document-node/core';
import {
  ConversationThreadDocument,
  InboxDocument,
  SendReplyDocument,
  type InboxQuery,
  type SendReplyMutationVariables,
  type ConversationStatus,
} from './gql/graphql';

export function inboxTitles(data: InboxQuery): string[] {
  return data.conversations.edges.map((edge) => edge.node.name ?? '(no subject)');
}

type Thread = ResultOf<typeof ConversationThreadDocument>;
export function newestText(thread: Thread): string | null {
  const node = thread.conversation?.messages?.edges[0]?.node;
  if (node?.body?.__typename === 'TextBody') return node.body.text ?? null;
  return node?.previewText ?? null;
}

export const reply: VariablesOf<typeof SendReplyDocument> = {
  conversationId: 'c1',
  participantId: 'p1',
  text: 'Hello!',
};
export const closed: ConversationStatus = 'CLOSED';
export const updatedAt: string | undefined = ({} as InboxQuery).conversations.edges[0]?.node.updatedAt;
export const inbox = InboxDocument;

// Misuse the types must catch:
// @ts-expect-error \`text\` is a required variable of SendReply
export const missingText: SendReplyMutationVariables = { conversationId: 'c1', participantId: 'p1' };
// @ts-expect-error Inbox does not select \`description\`
export const notSelected = ({} as InboxQuery).conversations.edges[0]?.node.description;
// @ts-expect-error not a ConversationStatus
export const wrongStatus: ConversationStatus = 'OPEN';
`;

function typeErrors(file: string): string[] {
  const program = ts.createProgram([file], {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    verbatimModuleSyntax: true,
    skipLibCheck: true,
    types: [],
  });
  return ts.getPreEmitDiagnostics(program).map((d) => {
    const where =
      d.file && d.start !== undefined
        ? `${d.file.fileName}:${d.file.getLineAndCharacterOfPosition(d.start).line + 1}: `
        : '';
    return where + ts.flattenDiagnosticMessageText(d.messageText, '\n');
  });
}

describe('client typing with the graphql-codegen client preset', () => {
  let gw: TestGateway;
  let dir: string;

  beforeAll(async () => {
    if (clientPresetOutput === undefined || Array.isArray(clientPresetOutput)) {
      throw new Error('codegen.client.ts must configure ./src/gql/ with the client preset');
    }
    gw = await startTestGateway();
    dir = await mkdtemp(join(tmpdir(), 'bird-gateway-client-'));
    // The frontend's own dependencies (@graphql-typed-document-node/core comes with the preset).
    await symlink(join(REPO, 'node_modules'), join(dir, 'node_modules'), 'dir');
    await generate(
      {
        schema: gw.url,
        documents: [join(REPO, 'operations/*.graphql')],
        generates: { [join(dir, 'gql/')]: clientPresetOutput },
        silent: true,
      },
      true,
    );
  }, 60_000);
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
    await gw.close();
  });

  it('generates typed documents for the example operations that a frontend module type-checks against', async () => {
    const app = join(dir, 'app.ts');
    await writeFile(app, APP);

    expect(typeErrors(app)).toEqual([]);
  }, 60_000);

  it('reports a type error when the frontend uses a field the operation does not select', async () => {
    const broken = join(dir, 'broken.ts');
    await writeFile(
      broken,
      `import type { InboxQuery } from './gql/graphql';\n` +
        `export const x: string = ({} as InboxQuery).conversations.edges[0]!.node.description;\n`,
    );

    expect(typeErrors(broken).join('\n')).toMatch(/Property 'description' does not exist/);
  });
});
