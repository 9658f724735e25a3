/**
 * The one reading of "either an id, or an identifier key and value" arguments, for queries and
 * mutation inputs alike. Anything else is BAD_USER_INPUT before any upstream call.
 */
import { badUserInput } from '../../graphql/errors.js';
import type { ParticipantRef } from '../../upstream/participantRef.js';

/** Reference arguments as GraphQL delivers them. */
export interface ParticipantRefArgs {
  id?: string | null;
  identifierKey?: string | null;
  identifierValue?: string | null;
}

/**
 * Reads a participant reference: exactly one of a non-empty id, or a non-empty identifier key and
 * value. `idName` is the argument's name for the id; `path` names the input it sits in, if any.
 */
export function participantRef(
  args: ParticipantRefArgs,
  idName = 'id',
  path?: string,
): ParticipantRef {
  const { id, identifierKey: key, identifierValue: value } = args;
  const hasId = id != null && id !== '';
  const hasKey = key != null && key !== '';
  const hasValue = value != null && value !== '';
  if (hasId && !hasKey && !hasValue) return { id };
  if (!hasId && hasKey && hasValue) return { identifierKey: key, identifierValue: value };
  const where = path ?? idName;
  throw badUserInput(
    `${path === undefined ? 'Give' : `\`${path}\` needs`} either \`${idName}\`, or both \`identifierKey\` and \`identifierValue\`.`,
    {
      [where]: [
        `give either ${path === undefined ? 'this' : idName}, or identifierKey with identifierValue`,
      ],
    },
  );
}
