import type { BirdRecipientType } from '../types.js';
import { attachParticipant, resolveParticipant } from './participants.js';
import type { ConversationRecord, RecipientRecord } from './records.js';
import type { WorkspaceState } from './workspaceState.js';

/** A recipient as given in a request. */
export interface RecipientInput {
  readonly identifierKey: string;
  readonly identifierValue: string;
  readonly type?: BirdRecipientType | undefined;
}

/**
 * Recipients given by identifier become contacts of the conversation (reusing or creating the
 * contact); without recipients a message goes to every contact participant.
 */
export function resolveRecipients(
  ws: WorkspaceState,
  conversation: ConversationRecord,
  recipients: readonly RecipientInput[] | undefined,
  path: string,
): RecipientRecord[] {
  if (recipients === undefined) {
    const result: RecipientRecord[] = [];
    for (const participant of conversation.participants.values()) {
      if (participant.contact === null) continue;
      result.push({
        type: 'to',
        contactId: participant.id,
        identifierKey: participant.contact.identifierKey,
        identifierValue: participant.contact.identifierValue,
        name: participant.displayName,
      });
    }
    return result;
  }
  const channel = ws.channelOf(conversation);
  return recipients.map((recipient, index) => {
    const ref = {
      by: 'identifier',
      identifierKey: recipient.identifierKey,
      identifierValue: recipient.identifierValue,
    } as const;
    let participant = conversation.participants.get(
      ws.findContactByIdentifier(ref.identifierKey, ref.identifierValue)?.id ?? '',
    );
    if (participant === undefined) {
      participant = resolveParticipant(ws, ref, channel, 'active', `${path}[${index}]`);
      attachParticipant(ws, conversation, participant);
    }
    return {
      type: recipient.type ?? 'to',
      contactId: participant.id,
      identifierKey: recipient.identifierKey,
      identifierValue: recipient.identifierValue,
      name: participant.displayName,
    };
  });
}
