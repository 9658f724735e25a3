import { readFileSync } from 'node:fs';
import { getOperationAST, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { FIELD_RULES } from '../../src/graphql/limits/costModel.js';
import { estimateUpstreamCalls } from '../../src/graphql/limits/costEstimate.js';
import { buildSchema } from '../../src/graphql/schema.js';

const schema = buildSchema();

function estimate(query: string, variables?: Record<string, unknown>): number {
  const document = parse(query);
  const operation = getOperationAST(document);
  if (operation == null) throw new Error('the test document needs exactly one operation');
  return estimateUpstreamCalls(schema, document, operation, variables);
}

const operationFile = (name: string) =>
  readFileSync(new URL(`../../operations/${name}.graphql`, import.meta.url), 'utf8');

describe('upstream-cost estimate', () => {
  it('names only fields that exist in the schema, with the arguments it reads', () => {
    for (const [key, rule] of Object.entries(FIELD_RULES)) {
      const [typeName = '', fieldName = ''] = key.split('.');
      const type = schema.getType(typeName);
      const field =
        type !== undefined && 'getFields' in type ? type.getFields()[fieldName] : undefined;
      expect(field, key).toBeDefined();
      if (rule.kind === 'connection' && field !== undefined && 'args' in field) {
        expect(
          field.args.map((a) => a.name),
          key,
        ).toEqual(expect.arrayContaining(['first', 'after']));
      }
    }
  });

  it('estimates the inbox screen at exactly 21 calls: the list and 20 message pages', () => {
    expect(estimate(operationFile('Inbox'))).toBe(21);
  });

  it('reads `first` from variables, their declared defaults and the schema default', () => {
    const inbox = operationFile('Inbox');
    expect(estimate(inbox, { first: 5 })).toBe(6);
    // null means "the schema default" to the resolver: 10 conversations.
    expect(estimate(inbox, { first: null })).toBe(11);
    expect(estimate('{ conversations { nodes { messages { nodes { id } } } } }')).toBe(11);
  });

  it('counts two calls for a connection that continues after a cursor', () => {
    const thread = operationFile('ConversationThread');
    expect(estimate(thread, { id: 'c1' })).toBe(2);
    expect(estimate(thread, { id: 'c1', after: 'cursor' })).toBe(3);
    expect(estimate(thread, { id: 'c1', after: null })).toBe(2);
    expect(estimate('{ conversations(first: 3, after: "x") { nodes { id } } }')).toBe(2);
  });

  it('estimates each example operation', () => {
    expect(estimate(operationFile('ConversationParticipants'), { id: 'c1' })).toBe(2);
    // A send, then the conversation read again for the payload.
    expect(estimate(operationFile('SendReply'))).toBe(2);
    expect(estimate(operationFile('CreateConversation'))).toBe(1);
    expect(estimate(operationFile('AddParticipant'))).toBe(2);
    expect(estimate(operationFile('UpdateConversationStatus'))).toBe(1);
  });

  it('costs nothing for a page of no items unless page info or the total is asked for', () => {
    expect(estimate('{ conversations(first: 0) { nodes { id } } }')).toBe(0);
    expect(estimate('{ conversations(first: 0) { pageInfo { hasNextPage } } }')).toBe(1);
    expect(estimate('{ conversations(first: 2) { __typename } }')).toBe(0);
    expect(
      estimate('query ($id: ID!) { conversation(id: $id) { messages(first: 0) { totalCount } } }'),
    ).toBe(2);
  });

  it('counts every alias, but a field selected twice under one name once', () => {
    expect(estimate('{ a: conversation(id: "1") { id } b: conversation(id: "2") { id } }')).toBe(2);
    expect(
      estimate(`
        query { conversation(id: "1") { id ...F ...G } }
        fragment F on Conversation { messages(first: 5) { nodes { id } } }
        fragment G on Conversation { messages(first: 5) { pageInfo { endCursor } } }
      `),
    ).toBe(2);
    expect(
      estimate(`{ conversation(id: "1") {
        recent: messages(first: 5) { nodes { id } }
        older: messages(first: 5, after: "x") { nodes { id } }
      } }`),
    ).toBe(4);
  });

  it('multiplies a nested connection by the page size of the list above it', () => {
    expect(
      estimate(`{ conversations(first: 100) { nodes {
        messages(first: 100) { nodes { conversation { participants(first: 100) { nodes { id } } } } }
      } } }`),
    ).toBe(1 + 100 * (1 + 100 * 1));
    expect(
      estimate(
        '{ conversations(first: 7) { edges { node { participants(first: 2) { edges { cursor } } } } } }',
      ),
    ).toBe(8);
  });

  it('charges message.conversation only when no conversation is above the message', () => {
    expect(estimate('{ message(conversationId: "c", id: "m") { conversation { id } } }')).toBe(2);
    expect(
      estimate('{ conversation(id: "c") { messages { nodes { conversation { id } } } } }'),
    ).toBe(2);
    expect(
      estimate('{ conversation(id: "c") { lastMessage { message { conversation { id } } } } }'),
    ).toBe(2);
  });

  it('follows inline fragments and named fragments on unions and interfaces', () => {
    expect(
      estimate(`
        query { conversations(first: 4) { nodes { ...Row } } }
        fragment Row on Conversation {
          featuredParticipants { ... on ParticipantBase { id } ... on ContactParticipant { identifierValue } }
          lastMessage { ... on MessagePreview { message { body { ... on TextBody { text } } } } }
        }
      `),
    ).toBe(1 + 4 * 1);
  });

  it('skips a selection only when @skip or @include says so literally', () => {
    expect(estimate('{ conversation(id: "1") @skip(if: true) { id } }')).toBe(0);
    expect(estimate('{ conversation(id: "1") @include(if: false) { id } }')).toBe(0);
    expect(estimate('{ conversation(id: "1") @include(if: true) { id } }')).toBe(1);
    expect(
      estimate('query ($on: Boolean!) { conversation(id: "1") @include(if: $on) { id } }', {
        on: false,
      }),
    ).toBe(1);
  });

  it('charges one call per mutation field plus what its payload selects', () => {
    expect(
      estimate(`mutation {
        a: updateConversation(input: { id: "1", status: CLOSED }) { conversation { id messages(first: 3) { nodes { id } } } }
        b: deleteMessage(input: { conversationId: "1", id: "2" }) { deletedMessageId }
      }`),
    ).toBe(1 + 1 + 1);
    expect(
      estimate(`mutation ($input: ReplyToConversationInput!) {
        replyToConversation(input: $input) { message { conversation { id } } }
      }`),
    ).toBe(2);
  });

  it('costs nothing for introspection or a `first` the resolver will refuse', () => {
    expect(estimate('{ __schema { types { name } } __typename }')).toBe(0);
    expect(estimate('{ conversations(first: 500) { nodes { id } } }')).toBe(0);
    expect(
      estimate('query ($n: Int) { conversations(first: $n) { nodes { id } } }', { n: -1 }),
    ).toBe(0);
    expect(
      estimate('query ($n: Int) { conversations(first: $n) { nodes { id } } }', { n: 'ten' }),
    ).toBe(0);
  });
});
