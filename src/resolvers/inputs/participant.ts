/**
 * Participant inputs → Bird's participant references. Bird spells a contact by identifier flat
 * when creating a conversation and nested under `contact` when adding a participant.
 */
import type { ParticipantRefInput } from '../../generated/graphql.js';
import type { BirdAddParticipantRequest, BirdParticipantRef } from '../../upstream/requests.js';
import { knownEnum } from '../enums.js';
import { participantRef } from './participantRef.js';

function read(input: ParticipantRefInput, path: string) {
  const type = knownEnum(input.type, `${path}.type`);
  const status = knownEnum(input.status, `${path}.status`);
  return { type, extra: status === null ? {} : { status }, ref: participantRef(input, 'id', path) };
}

/** A participant of a new conversation (`participants[]` of `POST /conversations`). */
export function newParticipant(input: ParticipantRefInput, path: string): BirdParticipantRef {
  const { type, extra, ref } = read(input, path);
  return 'id' in ref ? { id: ref.id, type, ...extra } : { type, ...ref, ...extra };
}

/** The body of `POST /conversations/{id}/participants`. */
export function addedParticipant(
  input: ParticipantRefInput,
  path: string,
): BirdAddParticipantRequest {
  const { type, extra, ref } = read(input, path);
  return 'id' in ref ? { id: ref.id, type, ...extra } : { type, contact: ref, ...extra };
}
