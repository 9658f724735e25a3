/**
 * Conversation inputs → the bodies of `POST /conversations` and `PATCH /conversations/{id}`.
 */
import type {
  CreateConversationInput,
  InitialMessageInput,
  UpdateConversationInput,
} from '../../generated/graphql.js';
import { badUserInput } from '../../graphql/errors.js';
import type {
  BirdCreateConversationRequest,
  BirdInitialMessageRequest,
  BirdUpdateConversationRequest,
} from '../../upstream/requests.js';
import { knownEnum } from '../enums.js';
import { birdRecipients, content } from './messageContent.js';
import { newParticipant } from './participant.js';
import { present } from './present.js';

const MAX_PARTICIPANTS = 5;

/** Fields of an update that Bird cannot clear: null is refused instead of sent. */
function notNull(input: Record<string, unknown>, fields: readonly string[]): void {
  for (const field of fields) {
    if (input[field] === null) {
      throw badUserInput(`\`${field}\` cannot be cleared; leave it out to keep it.`, {
        [field]: ['cannot be null'],
      });
    }
  }
}

/** The initial message of a new conversation. */
function initialMessage(input: InitialMessageInput, reference: string): BirdInitialMessageRequest {
  return {
    ...content(input, 'initialMessage'),
    ...(input.recipients == null ? {} : { recipients: birdRecipients(input.recipients) }),
    ...(input.draft == null ? {} : { draft: input.draft }),
    reference,
  };
}

/**
 * The body of `POST /conversations`. `reference` is the initial message's correlation id (null
 * when there is no initial message).
 */
export function createConversationBody(
  input: CreateConversationInput,
  reference: string | null,
): BirdCreateConversationRequest {
  // Bird answers 422 without a name (bird-api.md §7); saying so here costs no upstream call.
  if (input.name == null || input.name.trim() === '') {
    throw badUserInput(
      '`name` is required: Bird needs a name (the subject line on email channels).',
      {
        name: ['required'],
      },
    );
  }
  const participants = input.participants ?? [];
  if (participants.length > MAX_PARTICIPANTS) {
    throw badUserInput(`A conversation starts with at most ${MAX_PARTICIPANTS} participants.`, {
      participants: [`at most ${MAX_PARTICIPANTS}`],
    });
  }
  return {
    ...present(input, ['name', 'description', 'channelId', 'attributes']),
    ...present(
      {
        visibility: knownEnum(input.visibility, 'visibility') ?? undefined,
        accessibility: knownEnum(input.accessibility, 'accessibility') ?? undefined,
      },
      ['visibility', 'accessibility'],
    ),
    ...(participants.length === 0
      ? {}
      : { participants: participants.map((p, i) => newParticipant(p, `participants[${i}]`)) }),
    ...(input.initialMessage && reference !== null
      ? { initialMessage: initialMessage(input.initialMessage, reference) }
      : {}),
  };
}

/** The body of `PATCH /conversations/{id}`: only the fields given; at least one. */
export function updateConversationBody(
  input: UpdateConversationInput,
): BirdUpdateConversationRequest {
  notNull(input, ['status', 'visibility', 'accessibility']);
  const patch = {
    ...present(input, ['name', 'description', 'attributes']),
    ...present(
      {
        status: knownEnum(input.status, 'status') ?? undefined,
        visibility: knownEnum(input.visibility, 'visibility') ?? undefined,
        accessibility: knownEnum(input.accessibility, 'accessibility') ?? undefined,
      },
      ['status', 'visibility', 'accessibility'],
    ),
  };
  if (Object.keys(patch).length === 0) {
    throw badUserInput('Nothing to change: give at least one field besides `id`.');
  }
  return patch;
}
