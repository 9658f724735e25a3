import type { Resolvers } from '../generated/graphql.js';
import type { ConnectionModel, EdgeModel } from '../pagination/connection.js';

const connectionFields = {
  edges: <T>(c: ConnectionModel<T>) => c.edges(),
  nodes: async <T>(c: ConnectionModel<T>) => (await c.edges()).map((e) => e.node),
  pageInfo: <T>(c: ConnectionModel<T>) => c.pageInfo(),
};
const edgeFields = { cursor: <T>(e: EdgeModel<T>) => e.cursor() };

/** Connections, edges and page info; parents are the lazy models of pagination.ts. */
export const connectionResolvers: Resolvers = {
  ConversationConnection: connectionFields,
  MessageConnection: { ...connectionFields, totalCount: (c) => c.totalCount() },
  ParticipantConnection: connectionFields,
  ConversationEdge: edgeFields,
  MessageEdge: edgeFields,
  ParticipantEdge: edgeFields,
};
