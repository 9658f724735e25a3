/**
 * Message inputs → the bodies of `POST /conversations/{id}/messages` and
 * `PATCH /conversations/{id}/messages/{id}`.
 */
import type { ReplyToConversationInput, UpdateMessageInput } from '../../generated/graphql.js';
import { badUserInput } from '../../graphql/errors.js';
import type {
  BirdCreateMessageRequest,
  BirdUpdateMessageRequest,
} from '../../upstream/requests.js';
import { knownEnum } from '../enums.js';
import { birdBody, birdRecipients, content } from './messageContent.js';
import { present } from './present.js';

/** The body of a reply; `reference` is the correlation id an uncertain send can be checked by. */
export function replyBody(
  input: ReplyToConversationInput,
  reference: string,
): BirdCreateMessageRequest {
  return {
    participantId: input.participantId,
    participantType: knownEnum(input.participantType, 'participantType'),
    ...content(input, 'input'),
    ...(input.recipients == null ? {} : { recipients: birdRecipients(input.recipients) }),
    ...present(input, ['replyToMessageId', 'draft', 'addMissingParticipants']),
    reference,
  };
}

/** The body of a draft update: only the fields given; at least one. */
export function updateMessageBody(input: UpdateMessageInput): BirdUpdateMessageRequest {
  const patch = {
    ...(input.body == null ? {} : { body: birdBody(input.body) }),
    ...(input.recipients == null ? {} : { recipients: birdRecipients(input.recipients) }),
    ...(input.draft == null ? {} : { draft: input.draft }),
  };
  if (Object.keys(patch).length === 0) {
    throw badUserInput('Nothing to change: give `body`, `recipients` or `draft`.');
  }
  return patch;
}
