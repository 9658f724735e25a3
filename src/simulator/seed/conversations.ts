import type { Random } from '../random.js';
import { contactParticipant } from '../store/participants.js';
import type {
  ActorRecord,
  ChannelRecord,
  ConversationRecord,
  MessageRecord,
  ParticipantRecord,
} from '../store/records.js';
import { SortedIndex } from '../store/sortedIndex.js';
import { BIRD_MEDIA_ORIGIN } from './bodies.js';
import { seedMessage, speakerKind } from './messages.js';
import type { SeedPeople } from './people.js';
import { CONVERSATION_TOPICS, DEPARTMENTS } from './vocabulary.js';

/** The fixed "now" of seeded data: every seeded timestamp lies in the 180 days before it. */
export const SEED_NOW = Date.UTC(2024, 11, 2, 15, 0, 0, 0);
const DAY = 86_400_000;
const HISTORY = 180 * DAY;

/**
 * Generates `conversationCount` conversations holding about `messageCount` messages, spread
 * unevenly: a few empty conversations, many single-message ones and a long tail of long threads.
 */
export function seedConversations(
  random: Random,
  channels: readonly ChannelRecord[],
  people: SeedPeople,
  conversationCount: number,
  messageCount: number,
  workspaceId: string,
): ConversationRecord[] {
  const counts = messageCounts(random, conversationCount, messageCount);
  const conversations = counts.map((count, index) =>
    seedConversation(random, channels, people, count, index, workspaceId),
  );
  closeSuperseded(conversations, people.contacts[0]?.id);
  return conversations;
}

/**
 * A contact has at most one active conversation per channel (bird-api.md §7), so of a contact's
 * active conversations on a channel only the newest stays active. The seeds' John Doe (the first
 * contact) has none: the seed documents' curl examples start conversations with him, as they did
 * on Bird, and would otherwise meet 409 ContactAlreadyInConversation. Statuses only; no random
 * value is drawn, so ids, names and timestamps stay as they were.
 */
function closeSuperseded(conversations: ConversationRecord[], johnDoeId: string | undefined): void {
  const newestFirst = [...conversations].sort((a, b) => b.createdAt - a.createdAt);
  const seen = new Set<string>();
  for (const conversation of newestFirst) {
    const contact = [...conversation.participants.values()].find((p) => p.type === 'contact');
    if (contact === undefined || conversation.status !== 'active') continue;
    const key = `${contact.id}\u0000${conversation.channelId ?? ''}`;
    if (contact.id === johnDoeId || seen.has(key)) conversation.status = 'closed';
    seen.add(key);
  }
}

function messageCounts(random: Random, conversations: number, messages: number): number[] {
  const weights = Array.from({ length: conversations }, () => {
    const roll = random.next();
    if (roll < 0.02) return -1;
    if (roll < 0.17) return 0;
    return (-Math.log(1 - random.next())) ** 2;
  });
  const counts: number[] = weights.map((weight) => (weight < 0 ? 0 : 1));
  const remaining = messages - counts.reduce((sum, n) => sum + n, 0);
  const totalWeight = weights.reduce((sum, weight) => sum + Math.max(weight, 0), 0);
  if (remaining <= 0 || totalWeight === 0) return counts;
  let assigned = 0;
  for (let i = 0; i < conversations; i++) {
    const extra = Math.floor((Math.max(weights[i] ?? 0, 0) / totalWeight) * remaining);
    counts[i] = (counts[i] ?? 0) + extra;
    assigned += extra;
  }
  for (let i = 0; assigned < remaining; i = (i + 1) % conversations) {
    if ((weights[i] ?? 0) > 0) {
      counts[i] = (counts[i] ?? 0) + 1;
      assigned++;
    }
  }
  return counts;
}

function seedConversation(
  random: Random,
  channels: readonly ChannelRecord[],
  people: SeedPeople,
  messageCount: number,
  index: number,
  workspaceId: string,
): ConversationRecord {
  const channel = random.weighted(
    channels.map((c) => [c, { whatsapp: 45, sms: 20, email: 35 }[c.platform]] as const),
  );
  // Squaring skews towards the first contacts, so some people have many conversations.
  const contact =
    people.contacts[Math.floor(random.next() ** 2 * people.contacts.length)] ?? people.contacts[0];
  if (contact === undefined) throw new Error('Seeding needs at least one contact');
  // A WhatsApp contact without a visible number speaks through its username (bird-api.md §7).
  const username =
    channel.platform === 'whatsapp'
      ? contact.identifiers.find((i) => i.key === 'whatsappusername')
      : undefined;
  const identifier =
    username ??
    contact.identifiers.find((i) => i.key === channel.identifierKey) ??
    contact.identifiers[0];
  if (identifier === undefined) throw new Error('Seeded contacts have identifiers');
  const createdAt = SEED_NOW - Math.floor(random.next() * HISTORY) - DAY;
  let joinedAt = createdAt;
  const join = (
    actor: ActorRecord,
    status: ParticipantRecord['status'] = 'active',
  ): ParticipantRecord => ({
    id: actor.id,
    type: actor.type,
    status,
    displayName: actor.displayName,
    contact: null,
    createdAt: joinedAt++,
  });
  const origin = random.weighted([
    ['contact', 50],
    ['accessKey', 20],
    ['user', 22],
    ['flow', 8],
  ] as const);
  const contactP = contactParticipant(contact, identifier.key, identifier.value, 'active', 0);
  const initiator =
    origin === 'contact'
      ? { ...contactP, createdAt: joinedAt++ }
      : origin === 'accessKey'
        ? join(
            random.chance(0.85)
              ? (people.accessKeys[0] ?? random.pick(people.accessKeys))
              : random.pick(people.accessKeys),
          )
        : origin === 'user'
          ? join(random.pick(people.users))
          : join(random.pick(people.flows));
  const participants = new Map<string, ParticipantRecord>([[initiator.id, initiator]]);
  const add = (participant: ParticipantRecord): void => {
    if (!participants.has(participant.id)) participants.set(participant.id, participant);
  };
  add({ ...contactP, createdAt: joinedAt++ });
  if (channel.platform === 'whatsapp' && random.chance(0.2))
    add(join(random.pick(people.unmodelled)));
  for (let n = random.int(origin === 'contact' ? 1 : 0, 2); n > 0; n--)
    add(join(random.pick(people.users)));
  const speakers = [...participants.values()].filter((p) => p.type !== 'contact');
  if (random.chance(0.1))
    add(join(random.pick(people.users), random.pick(['pending', 'invited'] as const)));

  const age = SEED_NOW - createdAt;
  const closed = random.next() < (age / HISTORY) * 0.8;
  const conversation: ConversationRecord = {
    id: random.uuid(),
    name: random.chance(0.08)
      ? ''
      : random.pick(CONVERSATION_TOPICS).replace('{n}', String(random.int(10000, 99999))),
    description: random.chance(0.1) ? 'Escalated from the web form' : '',
    status: closed ? 'closed' : 'active',
    visibility: random.chance(0.85) ? 'public' : 'private',
    accessibility: random.weighted([
      ['open', 80],
      ['invite-only', 15],
      ['request-to-join', 5],
    ] as const),
    style: 'default',
    platformStyle: channel.platform === 'email' ? 'email' : 'direct',
    channelId: channel.id,
    attributes: random.chance(0.4)
      ? {
          ticketId: String(1000 + index),
          department: random.pick(DEPARTMENTS),
          priority: random.pick(['low', 'normal', 'high']),
        }
      : null,
    resource: null,
    initiatorId: initiator.id,
    participants,
    participantOrder: SortedIndex.of([...participants.values()]),
    messages: SortedIndex.empty(),
    lastMessage: null,
    lastIncomingAt: null,
    lastOutgoingAt: null,
    createdAt,
    updatedAt: createdAt,
    rev: 0,
  };
  const messages: MessageRecord[] = [];
  const maxGap = Math.min(6 * 3_600_000, age / (messageCount + 1));
  let at = createdAt + 1;
  let sender = initiator;
  const firstName = contact.displayName.split(' ')[0] ?? contact.displayName;
  for (let k = 0; k < messageCount; k++) {
    if (k > 0) {
      at += 1 + Math.floor(random.next() * maxGap);
      sender =
        sender.type === 'contact' || random.chance(0.35)
          ? random.pick(speakers.length > 0 ? speakers : [contactP])
          : contactP;
    }
    const isLast = k === messageCount - 1;
    const draft = isLast && !closed && sender.type === 'user' && random.chance(0.3);
    messages.push(
      seedMessage(
        random,
        conversation,
        channel,
        sender,
        contactP,
        speakerKind(sender),
        firstName,
        at,
        draft,
        `seed-${index}-${k}`,
        `${BIRD_MEDIA_ORIGIN}/workspaces/${workspaceId}/conversations/${conversation.id}/media`,
      ),
    );
  }
  const index_ = SortedIndex.of(messages);
  const last = index_.newest((message) => !message.draft) ?? null;
  const sent = (incoming: boolean) =>
    index_.newest((m) => !m.draft && (m.sender.type === 'contact') === incoming)?.createdAt ?? null;
  return {
    ...conversation,
    attributes: withBirdOwnedKeys(conversation.attributes, channel, participants),
    messages: index_,
    lastMessage: last,
    lastIncomingAt: sent(true),
    lastOutgoingAt: sent(false),
    updatedAt: Math.max(
      createdAt,
      (messages.at(-1)?.createdAt ?? createdAt) + (closed ? random.int(60_000, DAY) : 0),
    ),
  };
}

/**
 * Bird writes keys of its own into `attributes` (bird-api.md §7: `typingStatus`, `llmbotIds`).
 * Derived from data already drawn, without drawing from `random`, so every other seeded value
 * stays what it was before these keys existed.
 */
function withBirdOwnedKeys(
  attributes: Record<string, string> | null,
  channel: ChannelRecord,
  participants: ReadonlyMap<string, ParticipantRecord>,
): Record<string, string> | null {
  const bot = [...participants.values()].find((p) => p.type === 'bot');
  if (channel.platform !== 'whatsapp' && bot === undefined) return attributes;
  return {
    ...attributes,
    ...(channel.platform === 'whatsapp' ? { typingStatus: 'idle' } : {}),
    ...(bot === undefined ? {} : { llmbotIds: bot.id }),
  };
}
