import type { ParticipantRefInput } from '../../generated/graphql.js';
import { participantIdArg } from '../../ids/idArgs.js';

/** A participant reference with its `id` (global or Bird) turned into Bird's id. */
export function participantRefInput(ref: ParticipantRefInput, path: string): ParticipantRefInput {
  if (ref.id == null || ref.id === '') return ref;
  return { ...ref, id: participantIdArg(ref.id, `${path}.id`).participantId };
}
