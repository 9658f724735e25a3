import type { ParticipantRecord, RecipientRecord, SenderSnapshot } from '../store/records.js';
import type { BirdParticipant, BirdRecipient } from '../types.js';

/** A participant (or a message's sender snapshot) as Bird renders it; `contact` only for contacts. */
export function participantDto(participant: ParticipantRecord | SenderSnapshot): BirdParticipant {
  const dto: BirdParticipant = {
    id: participant.id,
    type: participant.type,
    status: participant.status,
    displayName: participant.displayName,
    avatarUrl: '',
  };
  if (participant.contact !== null) dto.contact = { ...participant.contact };
  return dto;
}

/** A message recipient as Bird renders it. */
export function recipientDto(recipient: RecipientRecord): BirdRecipient {
  return {
    type: recipient.type,
    id: recipient.contactId,
    identifierKey: recipient.identifierKey,
    identifierValue: recipient.identifierValue,
    platformAddress: recipient.identifierValue,
    contactAnnotation: { name: recipient.name },
  };
}
