import { randomUUID } from 'node:crypto';
import type { BirdParticipantStatus, BirdParticipantType } from '../types.js';
import type {
  ChannelRecord,
  ContactRecord,
  ConversationRecord,
  ParticipantRecord,
} from './records.js';
import { invalid, notFound, StoreError } from './storeError.js';
import type { WorkspaceState } from './workspaceState.js';

/** How a request names a participant: by contact identifier, or by id and type. */
export type ParticipantRef =
  | { readonly by: 'identifier'; readonly identifierKey: string; readonly identifierValue: string }
  | { readonly by: 'id'; readonly type: BirdParticipantType; readonly id: string };

/**
 * Turns a reference into a participant record (not yet added). A contact given by identifier is
 * the existing contact with that identifier, or a new contact named after the identifier, as Bird
 * does when a conversation is started with an unknown phone number or address.
 * @param path JSON path of the reference in the request, for 422 details.
 */
export function resolveParticipant(
  ws: WorkspaceState,
  ref: ParticipantRef,
  channel: ChannelRecord | null,
  status: BirdParticipantStatus,
  path: string,
): ParticipantRecord {
  const createdAt = ws.clock.now();
  if (ref.by === 'identifier') {
    const contact =
      ws.findContactByIdentifier(ref.identifierKey, ref.identifierValue) ??
      createContact(ws, ref.identifierKey, ref.identifierValue);
    return contactParticipant(contact, ref.identifierKey, ref.identifierValue, status, createdAt);
  }
  if (ref.type === 'contact') {
    const contact = ws.contacts.get(ref.id);
    if (contact === undefined) throw invalid(`${path}.id`, `Contact '${ref.id}' does not exist`);
    const chosen =
      contact.identifiers.find((candidate) => candidate.key === channel?.identifierKey) ??
      contact.identifiers[0];
    if (chosen === undefined) throw invalid(`${path}.id`, `Contact '${ref.id}' has no identifier`);
    return contactParticipant(contact, chosen.key, chosen.value, status, createdAt);
  }
  const actor = ws.actors.get(ref.id);
  if (actor?.type !== ref.type) {
    throw invalid(`${path}.id`, `Participant '${ref.id}' of type '${ref.type}' does not exist`);
  }
  return {
    id: actor.id,
    type: actor.type,
    status,
    displayName: actor.displayName,
    contact: null,
    createdAt,
  };
}

/** The participant record for a contact speaking through one of its identifiers. */
export function contactParticipant(
  contact: ContactRecord,
  identifierKey: string,
  identifierValue: string,
  status: BirdParticipantStatus,
  createdAt: number,
): ParticipantRecord {
  return {
    id: contact.id,
    type: 'contact',
    status,
    displayName: contact.displayName,
    contact: { identifierKey, identifierValue, platformAddress: identifierValue },
    createdAt,
  };
}

function createContact(ws: WorkspaceState, key: string, value: string): ContactRecord {
  const contact: ContactRecord = {
    id: randomUUID(),
    displayName: value,
    identifiers: [{ key, value }],
  };
  ws.addContact(contact);
  return contact;
}

/** Adds a participant and keeps the participant-conversations index in step. */
export function attachParticipant(
  ws: WorkspaceState,
  conversation: ConversationRecord,
  participant: ParticipantRecord,
): void {
  conversation.participants.set(participant.id, participant);
  conversation.participantOrder.insert(participant);
  conversation.rev++;
  if (ws.conversations.has(conversation.id)) ws.indexParticipation(conversation, participant);
}

/**
 * Bird's "ensure" semantics: returns the existing participant unchanged, or adds it.
 * Adding to a closed conversation is refused as a conflicting state.
 */
export function ensureParticipant(
  ws: WorkspaceState,
  conversation: ConversationRecord,
  ref: ParticipantRef,
  status: BirdParticipantStatus | undefined,
): { participant: ParticipantRecord; created: boolean } {
  const existingId =
    ref.by === 'id'
      ? ref.id
      : ws.findContactByIdentifier(ref.identifierKey, ref.identifierValue)?.id;
  const existing = existingId === undefined ? undefined : conversation.participants.get(existingId);
  if (existing !== undefined) return { participant: existing, created: false };
  assertOpen(conversation);
  const participant = resolveParticipant(
    ws,
    ref,
    ws.channelOf(conversation),
    status ?? 'active',
    '',
  );
  attachParticipant(ws, conversation, participant);
  touch(ws, conversation);
  return { participant, created: true };
}

/** Looks a participant up by id (contact id, user id, access key id, ...). */
export function getParticipant(conversation: ConversationRecord, id: string): ParticipantRecord {
  const participant = conversation.participants.get(id);
  if (participant === undefined) throw notFound('Participant');
  return participant;
}

/** Looks a contact participant up by one of the contact's identifiers. */
export function getParticipantByIdentifier(
  ws: WorkspaceState,
  conversation: ConversationRecord,
  identifierKey: string,
  identifierValue: string,
): ParticipantRecord {
  const contact = ws.findContactByIdentifier(identifierKey, identifierValue);
  return getParticipant(conversation, contact?.id ?? '');
}

/** Sets a participant's status; `null` restores the default, `active`. */
export function updateParticipantStatus(
  ws: WorkspaceState,
  conversation: ConversationRecord,
  participant: ParticipantRecord,
  status: BirdParticipantStatus | null,
): ParticipantRecord {
  participant.status = status ?? 'active';
  conversation.rev++;
  touch(ws, conversation);
  return participant;
}

/**
 * Removes a participant. Bird answers 403 "deleting this participant is not allowed" for some
 * participants without saying which; the simulator protects the initiating participant and the
 * last remaining contact, without whom the conversation would have no one to talk to.
 */
export function removeParticipant(
  ws: WorkspaceState,
  conversation: ConversationRecord,
  participantId: string,
): void {
  const participant = getParticipant(conversation, participantId);
  const contacts = [...conversation.participants.values()].filter((p) => p.type === 'contact');
  if (
    participant.id === conversation.initiatorId ||
    (participant.type === 'contact' && contacts.length === 1)
  ) {
    throw new StoreError('forbidden', 'Forbidden', 'Deleting this participant is not allowed');
  }
  conversation.participants.delete(participant.id);
  conversation.participantOrder.remove(participant);
  ws.unindexParticipation(conversation, participant);
  conversation.rev++;
  touch(ws, conversation);
}

/** Refuses changes that need an open conversation. */
export function assertOpen(conversation: ConversationRecord): void {
  if (conversation.status === 'closed') {
    throw new StoreError('conflict', 'ConversationClosed', 'The conversation is closed');
  }
}

/** Marks the conversation as changed now and announces it. */
export function touch(ws: WorkspaceState, conversation: ConversationRecord): void {
  conversation.updatedAt = ws.clock.now();
  conversation.rev++;
  ws.emit('updated', conversation);
}
