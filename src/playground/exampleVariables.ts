/**
 * The variables the playground fills in for each example operation: real ids in demo mode, so every
 * example runs at once, and `<placeholders>` against a real workspace.
 */
import { conversationGlobalId } from '../ids/objectIds.js';
import type { DemoIds } from './demoIds.js';

type Variables = Record<string, unknown>;

/** What each id becomes when no demo data is at hand. */
const PLACEHOLDERS: DemoIds = {
  conversationId: '<conversation id>',
  otherConversationId: '<conversation id>',
  channelId: '<channel id>',
  identifierKey: 'phonenumber',
  identifierValue: '+31612345678',
  accessKeyId: '<access key participant id>',
};

/** A contact not yet in the demo conversation, with the same kind of identifier as its contact. */
const newContact = (key: string) =>
  key === 'emailaddress'
    ? { identifierKey: key, identifierValue: 'new.customer@example.com' }
    : { identifierKey: key, identifierValue: '+31612345678' };

/**
 * Conversations are named by their global ids, as clients get them from `Conversation.id`. The
 * sender of replies stays a Bird id: an access key knows its own participant id, not a global one.
 */
const globalIds = (ids: DemoIds): DemoIds => ({
  ...ids,
  conversationId: conversationGlobalId(ids.conversationId),
  otherConversationId: conversationGlobalId(ids.otherConversationId),
});

/**
 * A contact with no active conversation on the demo channels: the seeds' John Doe (see
 * src/simulator/README.md). Bird allows one active conversation per contact and channel, so starting
 * one with the demo conversation's own contact would be refused (CONTACT_ALREADY_IN_CONVERSATION).
 */
const freeContact = (key: string) =>
  key === 'emailaddress'
    ? { identifierKey: key, identifierValue: 'john.doe@bird.com' }
    : { identifierKey: key, identifierValue: '+31627543581' };

const EXAMPLES: Readonly<Record<string, (ids: DemoIds) => Variables>> = {
  Inbox: () => ({ first: 5 }),
  ConversationThread: (ids) => ({ id: ids.conversationId, first: 10 }),
  ConversationParticipants: (ids) => ({ id: ids.conversationId }),
  SendReply: (ids) => ({
    conversationId: ids.conversationId,
    participantId: ids.accessKeyId,
    participantType: 'ACCESS_KEY',
    text: 'Hello from the GraphQL playground!',
  }),
  CreateConversation: (ids) => ({
    channelId: ids.channelId,
    name: 'Started from the playground',
    ...freeContact(ids.identifierKey),
    text: 'Hi! How can we help you today?',
  }),
  // Another conversation than the one the reply goes to: closing it would make replies fail.
  UpdateConversationStatus: (ids) => ({ id: ids.otherConversationId, status: 'CLOSED' }),
  AddParticipant: (ids) => ({
    conversationId: ids.conversationId,
    ...newContact(ids.identifierKey),
  }),
};

/** True when the playground knows example variables for the operation. */
export function hasExampleVariables(operationName: string): boolean {
  return Object.hasOwn(EXAMPLES, operationName);
}

/**
 * Variables for an example operation: built from demo ids, or placeholders when `ids` is null.
 * An operation without an entry gets none.
 */
export function exampleVariables(operationName: string, ids: DemoIds | null): Variables {
  const build = EXAMPLES[operationName];
  return build === undefined ? {} : build(ids === null ? PLACEHOLDERS : globalIds(ids));
}
