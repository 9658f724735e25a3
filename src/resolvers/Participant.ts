import type { Resolvers } from '../generated/graphql.js';
import { participantGlobalId } from '../ids/objectIds.js';
import type { ParticipantModel } from './models.js';
import { UNKNOWN } from './enums.js';

type ParticipantTypename =
  | 'ContactParticipant'
  | 'UserParticipant'
  | 'AccessKeyParticipant'
  | 'FlowParticipant'
  | 'OtherParticipant';

const TYPENAMES: Readonly<Record<string, ParticipantTypename>> = {
  contact: 'ContactParticipant',
  user: 'UserParticipant',
  accessKey: 'AccessKeyParticipant',
  flow: 'FlowParticipant',
};

/** Types Bird documents that the union does not model get OtherParticipant; so do unknown ones. */
export const participantTypename = (p: { readonly type: string }): ParticipantTypename =>
  TYPENAMES[p.type] ?? 'OtherParticipant';

const common = {
  id: participantGlobalId,
  birdId: (p: ParticipantModel) => p.id,
  status: (p: ParticipantModel) => p.status ?? null,
  displayName: (p: ParticipantModel) => (p.displayName === '' ? null : (p.displayName ?? null)),
  avatarUrl: (p: ParticipantModel) => (p.avatarUrl === '' ? null : (p.avatarUrl ?? null)),
};

export const participantResolvers: Resolvers = {
  Participant: { __resolveType: participantTypename },
  ParticipantBase: { __resolveType: participantTypename },
  ContactParticipant: {
    ...common,
    identifierKey: (p) => p.contact?.identifierKey ?? null,
    identifierValue: (p) => p.contact?.identifierValue ?? null,
    platformAddress: (p) => p.contact?.platformAddress ?? null,
  },
  UserParticipant: common,
  AccessKeyParticipant: common,
  FlowParticipant: common,
  OtherParticipant: {
    ...common,
    type: (p) => p.type || UNKNOWN,
    rawType: (p) => p.type,
  },
};
