import { randomUUID } from 'node:crypto';
import type {
  BirdMessageBody,
  BirdMessageStatus,
  BirdMessageTemplate,
  BirdParticipantType,
} from '../types.js';
import { previewOf, renderTemplate } from './messageContent.js';
import { attachParticipant, resolveParticipant, touch } from './participants.js';
import { resolveRecipients, type RecipientInput } from './recipients.js';
import type { ConversationRecord, MessageRecord, ParticipantRecord } from './records.js';
import { invalid, notFound, StoreError } from './storeError.js';
import type { WorkspaceState } from './workspaceState.js';

/** The content shared by create-message and a conversation's `initialMessage`. */
export interface MessageContent {
  readonly body?: BirdMessageBody | undefined;
  readonly template?: BirdMessageTemplate | undefined;
  readonly recipients?: readonly RecipientInput[] | undefined;
  readonly reference?: string | undefined;
  readonly draft?: boolean | undefined;
  readonly replyToMessageId?: string | undefined;
}

/** POST /conversations/{id}/messages. */
export interface PostMessageInput extends MessageContent {
  readonly participantId: string;
  readonly participantType: BirdParticipantType;
  readonly participantContactIdentifierKey?: string | undefined;
  readonly participantContactIdentifierValue?: string | undefined;
  readonly addMissingParticipants?: boolean | undefined;
}

/** The mutable parts of a draft (PATCH). */
export interface DraftPatch {
  readonly draft?: boolean | undefined;
  readonly body?: BirdMessageBody | undefined;
  readonly status?: BirdMessageStatus | undefined;
  readonly recipients?: readonly RecipientInput[] | undefined;
}

/**
 * Sends a message as one of the conversation's participants. Bird resolves `participantId` by id
 * even when `participantType` names another type (the seed replies as a `user` participant with
 * `participantType: "accessKey"`), so the simulator matches by id and only uses the type to add a
 * missing participant.
 */
export function postMessage(
  ws: WorkspaceState,
  conversation: ConversationRecord,
  input: PostMessageInput,
): MessageRecord {
  assertOpenForMessages(conversation);
  let sender =
    conversation.participants.get(input.participantId) ?? channelFlow(ws, conversation, input);
  if (sender === undefined) {
    if (input.addMissingParticipants !== true) {
      throw invalid(
        '.participantId',
        'Participant is not part of the conversation; set addMissingParticipants to add it',
      );
    }
    checkContent(ws, conversation, input, '');
    const key = input.participantContactIdentifierKey;
    const value = input.participantContactIdentifierValue;
    sender = resolveParticipant(
      ws,
      input.participantType === 'contact' && key !== undefined && value !== undefined
        ? { by: 'identifier', identifierKey: key, identifierValue: value }
        : { by: 'id', type: input.participantType, id: input.participantId },
      ws.channelOf(conversation),
      'active',
      '.participant',
    );
    attachParticipant(ws, conversation, sender);
  }
  const message = appendMessage(ws, conversation, sender, input, '');
  touch(ws, conversation);
  return message;
}

/**
 * Creates a message without announcing it (create-conversation announces once for both).
 * @param path JSON path prefix of the content in the request (`.initialMessage` or ``).
 */
export function appendMessage(
  ws: WorkspaceState,
  conversation: ConversationRecord,
  sender: ParticipantRecord,
  content: MessageContent,
  path: string,
): MessageRecord {
  const rendered = checkContent(ws, conversation, content, path);
  const reference = content.reference ?? '';
  const replyTo = content.replyToMessageId;
  const now = ws.clock.now();
  const message: MessageRecord = {
    id: randomUUID(),
    conversationId: conversation.id,
    reference,
    sender: { ...sender },
    draft: content.draft ?? false,
    status: 'accepted',
    reason: null,
    details: null,
    source: 'conversations',
    body: rendered.body,
    template: content.template ?? null,
    recipients: resolveRecipients(ws, conversation, content.recipients, `${path}.recipients`),
    preview: rendered.preview,
    replyToMessageId: replyTo ?? null,
    createdAt: now,
    updatedAt: now,
    rev: 0,
  };
  conversation.messages.insert(message);
  ws.messages.set(message.id, message);
  if (reference !== '') ws.messageReferences.set(reference, message);
  if (!message.draft) markSent(conversation, message);
  conversation.rev++;
  return message;
}

/** Makes a sent message the conversation's newest, incoming (from a contact) or outgoing. */
export function markSent(conversation: ConversationRecord, message: MessageRecord): void {
  conversation.lastMessage = message;
  if (message.sender.type === 'contact') conversation.lastIncomingAt = message.createdAt;
  else conversation.lastOutgoingAt = message.createdAt;
}

/**
 * Integrations send as `participantType: "flow"` with the channel id as `participantId` and no
 * flow set up (bird-api.md §7); the sender is then a flow participant named after the channel.
 * It speaks without joining the conversation's participants (an assumption: Bird's list was not
 * seen after such a send).
 */
function channelFlow(
  ws: WorkspaceState,
  conversation: ConversationRecord,
  input: PostMessageInput,
): ParticipantRecord | undefined {
  if (input.participantType !== 'flow' || input.participantId !== conversation.channelId) {
    return undefined;
  }
  const channel = ws.channelOf(conversation);
  return {
    id: input.participantId,
    type: 'flow',
    status: 'active',
    displayName: channel?.name ?? 'Channel',
    contact: null,
    createdAt: ws.clock.now(),
  };
}

/** Bird answers a message into a closed conversation with 422 (bird-api.md §7), not 409. */
function assertOpenForMessages(conversation: ConversationRecord): void {
  if (conversation.status === 'closed') {
    throw new StoreError('invalid', 'ConversationClosed', 'The conversation is closed', {
      '.conversationId': ['The conversation is closed'],
    });
  }
}

/** Finds a message of the conversation. */
export function getMessage(
  ws: WorkspaceState,
  conversation: ConversationRecord,
  id: string,
): MessageRecord {
  const message = ws.messages.get(id);
  if (message?.conversationId !== conversation.id) throw notFound('Message');
  return message;
}

/** Edits a draft; `draft: false` sends it. Sent messages are immutable ("Only draft messages can be updated"). */
export function updateDraft(
  ws: WorkspaceState,
  conversation: ConversationRecord,
  message: MessageRecord,
  patch: DraftPatch,
): MessageRecord {
  if (!message.draft) {
    throw new StoreError('conflict', 'MessageNotDraft', 'Only draft messages can be updated');
  }
  if (patch.draft === false) assertOpenForMessages(conversation);
  if (patch.body !== undefined) {
    message.body = patch.body;
    message.preview = previewOf(patch.body);
  }
  if (patch.recipients !== undefined) {
    message.recipients = resolveRecipients(ws, conversation, patch.recipients, '.recipients');
  }
  if (patch.status !== undefined) message.status = patch.status;
  message.updatedAt = ws.clock.now();
  message.rev++;
  if (patch.draft === false) {
    message.draft = false;
    markSent(conversation, message);
    touch(ws, conversation);
  }
  return message;
}

/** Deletes a message; the conversation's `lastMessage` falls back to the newest remaining sent one. */
export function deleteMessage(
  ws: WorkspaceState,
  conversation: ConversationRecord,
  message: MessageRecord,
): void {
  conversation.messages.remove(message);
  ws.messages.delete(message.id);
  if (message.reference !== '') ws.messageReferences.delete(message.reference);
  if (conversation.lastMessage === message) {
    conversation.lastMessage =
      conversation.messages.newest((candidate) => !candidate.draft) ?? null;
  }
  touch(ws, conversation);
}

/**
 * Validates message content against the workspace before anything changes, so a refused request
 * leaves no half-added participants behind; returns the body to store.
 */
export function checkContent(
  ws: WorkspaceState,
  conversation: ConversationRecord,
  content: MessageContent,
  path: string,
): { body: BirdMessageBody; preview: string } {
  const reference = content.reference ?? '';
  if (reference !== '' && ws.messageReferences.has(reference)) {
    throw new StoreError(
      'conflict',
      'DuplicateReference',
      `A message with reference '${reference}' already exists`,
    );
  }
  const replyTo = content.replyToMessageId;
  if (replyTo !== undefined && ws.messages.get(replyTo)?.conversationId !== conversation.id) {
    throw invalid(
      `${path}.replyToMessageId`,
      `Message '${replyTo}' is not part of the conversation`,
    );
  }
  if (content.body !== undefined && content.template !== undefined) {
    throw invalid(`${path}.template`, "Only one of 'body' and 'template' may be given");
  }
  if (content.template !== undefined) {
    return renderTemplate(content.template, ws.channelOf(conversation));
  }
  if (content.body === undefined)
    throw invalid(`${path}.body`, "Property 'body' or 'template' is required");
  return { body: content.body, preview: previewOf(content.body) };
}

export type { RecipientInput };
