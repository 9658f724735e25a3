import type { Random } from '../random.js';
import { failureDetails, previewOf, renderTemplate } from '../store/messageContent.js';
import type {
  ChannelRecord,
  ConversationRecord,
  MessageRecord,
  ParticipantRecord,
  RecipientRecord,
  SenderSnapshot,
} from '../store/records.js';
import type { BirdMessageStatus } from '../types.js';
import { seedContent, type SpeakerKind } from './bodies.js';

/**
 * One seeded message: inbound from the contact (source `channels`, delivered) or outbound from a
 * user, access key, flow or bot (source `conversations`, mostly delivered, some failed with a
 * reason). Integration messages carry a workspace-unique reference.
 */
export function seedMessage(
  random: Random,
  conversation: ConversationRecord,
  channel: ChannelRecord,
  sender: ParticipantRecord,
  contact: ParticipantRecord,
  speaker: SpeakerKind,
  firstName: string,
  at: number,
  draft: boolean,
  reference: string,
  media: string,
): MessageRecord {
  const content = seedContent(random, channel.platform, speaker, firstName, media);
  const rendered =
    'template' in content
      ? renderTemplate(content.template, channel)
      : { body: content.body, preview: previewOf(content.body) };
  const inbound = sender.type === 'contact';
  const status: BirdMessageStatus =
    inbound || draft
      ? draft
        ? 'accepted'
        : 'delivered'
      : random.weighted([
          ['delivered', 74],
          ['sent', 14],
          ['processing', 2],
          ['sending_failed', 4],
          ['delivery_failed', 6],
        ] as const);
  return {
    id: random.uuid(),
    conversationId: conversation.id,
    reference: speaker === 'integration' ? reference : '',
    sender: snapshotOf(sender),
    draft,
    status,
    reason:
      status === 'sending_failed'
        ? 'Channel rejected the message'
        : status === 'delivery_failed'
          ? 'Recipient unreachable'
          : null,
    details: failureDetails(status, channel.platform),
    source: inbound ? 'channels' : 'conversations',
    body: rendered.body,
    template: 'template' in content ? content.template : null,
    recipients: inbound ? [] : recipientsOf(contact),
    preview: rendered.preview,
    replyToMessageId: null,
    createdAt: at,
    updatedAt: inbound || draft ? at : at + random.int(200, 20_000),
    rev: 0,
  };
}

// Seeded messages share immutable sender snapshots and recipient lists per participant: at 100k
// messages, per-message copies cost more in garbage collection than all other seeding work.
const snapshots = new WeakMap<ParticipantRecord, SenderSnapshot>();
const recipientLists = new WeakMap<ParticipantRecord, RecipientRecord[]>();

function snapshotOf(participant: ParticipantRecord): SenderSnapshot {
  let snapshot = snapshots.get(participant);
  if (snapshot === undefined) {
    const { id, type, status, displayName, contact } = participant;
    snapshot = { id, type, status, displayName, contact };
    snapshots.set(participant, snapshot);
  }
  return snapshot;
}

function recipientsOf(contact: ParticipantRecord): RecipientRecord[] {
  let recipients = recipientLists.get(contact);
  if (recipients === undefined) {
    recipients =
      contact.contact === null
        ? []
        : [
            {
              type: 'to',
              contactId: contact.id,
              identifierKey: contact.contact.identifierKey,
              identifierValue: contact.contact.identifierValue,
              name: contact.displayName,
            },
          ];
    recipientLists.set(contact, recipients);
  }
  return recipients;
}

/** What kind of content a participant sends. */
export function speakerKind(participant: ParticipantRecord): SpeakerKind {
  switch (participant.type) {
    case 'contact':
      return 'contact';
    case 'accessKey':
      return 'integration';
    case 'flow':
    case 'bot':
    case 'agent':
      return 'automation';
    default:
      return 'agent';
  }
}
