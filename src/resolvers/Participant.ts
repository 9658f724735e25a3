import type { Resolvers } from '../generated/graphql.js';
import type { BirdParticipant } from '../upstream/types.js';
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
const typename = (p: BirdParticipant): ParticipantTypename =>
  TYPENAMES[p.type] ?? 'OtherParticipant';

const common = {
  status: (p: BirdParticipant) => p.status ?? null,
  displayName: (p: BirdParticipant) => (p.displayName === '' ? null : (p.displayName ?? null)),
  avatarUrl: (p: BirdParticipant) => (p.avatarUrl === '' ? null : (p.avatarUrl ?? null)),
};

export const participantResolvers: Resolvers = {
  Participant: { __resolveType: typename },
  ParticipantBase: { __resolveType: typename },
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
