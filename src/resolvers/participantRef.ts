import { badUserInput } from '../graphql/errors.js';
import type { ParticipantRef } from '../upstream/client.js';

/**
 * Reads "either an id, or an identifier key and value" arguments. Anything else is BAD_USER_INPUT
 * before any upstream call.
 */
export function participantRef(
  args: {
    id?: string | null;
    identifierKey?: string | null;
    identifierValue?: string | null;
  },
  idName = 'id',
): ParticipantRef {
  const { id, identifierKey: key, identifierValue: value } = args;
  const hasId = id != null && id !== '';
  const hasKey = key != null && key !== '';
  const hasValue = value != null && value !== '';
  if (hasId && !hasKey && !hasValue) return { id };
  if (!hasId && hasKey && hasValue) return { identifierKey: key, identifierValue: value };
  throw badUserInput(
    `Give either \`${idName}\`, or both \`identifierKey\` and \`identifierValue\`.`,
    { [idName]: ['give either this, or identifierKey with identifierValue'] },
  );
}
