import { randomUUID } from 'node:crypto';
import type { BirdAccessibility, BirdVisibility } from '../types.js';
import { appendMessage, checkContent, type MessageContent } from './messages.js';
import {
  attachParticipant,
  resolveParticipant,
  touch,
  type ParticipantRef,
} from './participants.js';
import type { ConversationRecord, ParticipantRecord } from './records.js';
import { invalid, notFound, StoreError } from './storeError.js';
import { SortedIndex } from './sortedIndex.js';
import type { WorkspaceState } from './workspaceState.js';

/** POST /conversations, after validation. */
export interface CreateConversationInput {
  readonly name?: string | undefined;
  readonly description?: string | undefined;
  readonly style?: string | undefined;
  readonly visibility?: BirdVisibility | undefined;
  readonly accessibility?: BirdAccessibility | undefined;
  readonly participants?: readonly ParticipantRef[] | undefined;
  readonly initiatingParticipant?: ParticipantRef | undefined;
  readonly channelId?: string | undefined;
  readonly initialMessage?: MessageContent | undefined;
  readonly attributes?: Readonly<Record<string, string>> | null | undefined;
  readonly resource?: { readonly type: 'task'; readonly id: string } | null | undefined;
}

/** PATCH /conversations/{id}; `null` clears name and description. */
export interface ConversationPatch {
  readonly name?: string | null | undefined;
  readonly description?: string | null | undefined;
  readonly status?: 'active' | 'closed' | undefined;
  readonly visibility?: BirdVisibility | undefined;
  readonly accessibility?: BirdAccessibility | undefined;
  readonly attributes?: Readonly<Record<string, string | null>> | null | undefined;
}

/** Finds a live conversation. */
export function getConversation(ws: WorkspaceState, id: string): ConversationRecord {
  const conversation = ws.conversations.get(id);
  if (conversation === undefined) throw notFound('Conversation');
  return conversation;
}

/**
 * Creates a conversation. The calling access key initiates it (and sends `initialMessage`), as in
 * the seeds; `initiatingParticipant` is honoured only without an initial message, because Bird
 * documents that the initial message's sender wins. The platform style follows the channel:
 * email channels give "email" conversations, every other channel "direct".
 */
export function createConversation(
  ws: WorkspaceState,
  input: CreateConversationInput,
): ConversationRecord {
  const channel = input.channelId === undefined ? null : (ws.channels.get(input.channelId) ?? null);
  if (input.channelId !== undefined && channel === null) {
    throw invalid('.channelId', `Channel '${input.channelId}' does not exist`);
  }
  if (input.initialMessage !== undefined && channel === null) {
    throw invalid('.channelId', 'A channel is required to send an initial message');
  }
  const now = ws.clock.now();
  const conversation: ConversationRecord = {
    id: randomUUID(),
    name: input.name ?? '',
    description: input.description ?? '',
    status: 'active',
    visibility: input.visibility ?? 'public',
    accessibility: input.accessibility ?? 'open',
    style: input.style ?? 'default',
    platformStyle: channel?.platform === 'email' ? 'email' : 'direct',
    channelId: channel?.id ?? null,
    attributes: input.attributes ? { ...input.attributes } : null,
    resource: input.resource ?? null,
    initiatorId: null,
    participants: new Map(),
    participantOrder: SortedIndex.empty(),
    messages: SortedIndex.empty(),
    lastMessage: null,
    lastIncomingAt: null,
    lastOutgoingAt: null,
    createdAt: now,
    updatedAt: now,
    rev: 0,
  };
  if (input.initialMessage !== undefined) {
    checkContent(ws, conversation, input.initialMessage, '.initialMessage');
  }
  if (channel !== null) {
    const refs = [...(input.participants ?? []), input.initiatingParticipant];
    for (const ref of refs) assertNotInConversation(ws, ref, channel.id);
  }
  const keyActor = ws.accessKeyActor;
  const keyParticipant: ParticipantRecord = {
    id: keyActor.id,
    type: keyActor.type,
    status: 'active',
    displayName: keyActor.displayName,
    contact: null,
    createdAt: now,
  };
  const initiator =
    input.initialMessage === undefined && input.initiatingParticipant !== undefined
      ? resolveParticipant(
          ws,
          input.initiatingParticipant,
          channel,
          'active',
          '.initiatingParticipant',
        )
      : keyParticipant;
  const resolved = (input.participants ?? []).map((ref, index) =>
    resolveParticipant(ws, ref, channel, 'active', `.participants[${index}]`),
  );
  for (const participant of [initiator, ...resolved]) {
    if (!conversation.participants.has(participant.id))
      attachParticipant(ws, conversation, participant);
  }
  conversation.initiatorId = initiator.id;
  ws.indexConversation(conversation);
  if (input.initialMessage !== undefined) {
    appendMessage(ws, conversation, initiator, input.initialMessage, '.initialMessage');
    conversation.updatedAt = ws.clock.now();
  }
  ws.emit('created', conversation);
  return conversation;
}

/** Applies a PATCH; an empty patch changes nothing and announces nothing. */
export function updateConversation(
  ws: WorkspaceState,
  conversation: ConversationRecord,
  patch: ConversationPatch,
): ConversationRecord {
  let changed = false;
  if (patch.name !== undefined) {
    conversation.name = patch.name ?? '';
    changed = true;
  }
  if (patch.description !== undefined) {
    conversation.description = patch.description ?? '';
    changed = true;
  }
  if (patch.status !== undefined) {
    if (patch.status === 'active' && conversation.status === 'closed')
      assertReopenable(ws, conversation);
    conversation.status = patch.status;
    changed = true;
  }
  if (patch.visibility !== undefined) {
    conversation.visibility = patch.visibility;
    changed = true;
  }
  if (patch.accessibility !== undefined) {
    conversation.accessibility = patch.accessibility;
    changed = true;
  }
  if (patch.attributes !== undefined) {
    conversation.attributes = mergeAttributes(conversation.attributes, patch.attributes);
    changed = true;
  }
  if (changed) touch(ws, conversation);
  return conversation;
}

/** Deletes a conversation with its messages; later reads answer 404. */
export function deleteConversation(ws: WorkspaceState, conversation: ConversationRecord): void {
  ws.unindexConversation(conversation);
  conversation.updatedAt = ws.clock.now();
  conversation.rev++;
  ws.emit('deleted', conversation);
}

/** Keys Bird writes into `attributes` itself (bird-api.md §7); a client's `null` keeps them. */
export const BIRD_OWNED_ATTRIBUTES: ReadonlySet<string> = new Set(['typingStatus', 'llmbotIds']);

/**
 * Whether Bird merges or replaces `attributes` on PATCH is unknown; the simulator merges, so a
 * PATCH never drops a key the client did not send: sent keys are set, a key sent as `null` is
 * removed, and `attributes: null` removes every key except Bird's own.
 */
function mergeAttributes(
  current: Readonly<Record<string, string>> | null,
  patch: Readonly<Record<string, string | null>> | null,
): Record<string, string> | null {
  const merged: Record<string, string> = {};
  for (const [key, value] of Object.entries(current ?? {})) {
    if (patch !== null || BIRD_OWNED_ATTRIBUTES.has(key)) merged[key] = value;
  }
  for (const [key, value] of Object.entries(patch ?? {})) {
    if (value === null) Reflect.deleteProperty(merged, key);
    else merged[key] = value;
  }
  return Object.keys(merged).length === 0 ? null : merged;
}

/** The contact's active conversation on the channel, if it has one. */
function activeConversationOf(
  ws: WorkspaceState,
  contactId: string,
  channelId: string,
  except?: ConversationRecord,
): ConversationRecord | undefined {
  return ws
    .conversationsOfParticipant(contactId, channelId)
    ?.newest((c) => c.status === 'active' && c !== except);
}

/**
 * A contact has at most one active conversation per channel: Bird answers 409
 * `ContactAlreadyInConversation` with the existing conversation's id (bird-api.md §7). Checked
 * before anything is created, so a refused request leaves no new contact behind.
 */
function assertNotInConversation(
  ws: WorkspaceState,
  ref: ParticipantRef | undefined,
  channelId: string,
): void {
  if (ref === undefined || (ref.by === 'id' && ref.type !== 'contact')) return;
  const contactId =
    ref.by === 'id'
      ? ref.id
      : ws.findContactByIdentifier(ref.identifierKey, ref.identifierValue)?.id;
  const existing =
    contactId === undefined ? undefined : activeConversationOf(ws, contactId, channelId);
  if (existing === undefined) return;
  throw new StoreError(
    'conflict',
    'ContactAlreadyInConversation',
    'The contact already takes part in an active conversation on this channel',
    { conversationId: existing.id },
  );
}

/** Reopening a conversation whose contact has another active one on the channel: 409 (§7). */
function assertReopenable(ws: WorkspaceState, conversation: ConversationRecord): void {
  if (conversation.channelId === null) return;
  for (const participant of conversation.participants.values()) {
    if (participant.type !== 'contact') continue;
    const other = activeConversationOf(ws, participant.id, conversation.channelId, conversation);
    if (other !== undefined) {
      throw new StoreError(
        'conflict',
        'ResourceAlreadyExists',
        'The contact already has an active conversation on this channel',
        { conversationId: other.id },
      );
    }
  }
}
