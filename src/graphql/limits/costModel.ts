/**
 * What each field of the schema can cost upstream: the resolvers' call pattern, written down once.
 * The estimate (costPlan.ts) walks an operation with this table; the tests check the table against
 * the calls the resolvers really make.
 *
 * - A connection (`Query.conversations`, `Conversation.messages`, ...) fetches one upstream page,
 *   or up to MAX_FETCHES when `after` is given (the page holding the cursor, then the next one).
 *   With `first: 0` it fetches nothing unless `pageInfo` or `totalCount` is selected.
 * - A lookup by id (`Query.conversation`, `MessagePreview.message`, ...) costs one call.
 * - `Query.nodes` costs one call per id given (`ids` is read from the request like `first`).
 * - A mutation payload's `conversation` is read again after the write: one call, except for
 *   `createConversation` and `updateConversation`, whose answer is the conversation.
 * - `Message.conversation` costs nothing below a conversation: every conversation object of an
 *   operation is in its loader already (loaded by id, or primed from a list or a mutation).
 * - Every mutation field costs one call.
 * - Everything else is embedded in its parent and costs nothing.
 */
import {
  getNamedType,
  isAbstractType,
  isCompositeType,
  isObjectType,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';

export type FieldRule =
  | { readonly kind: 'lookup' }
  | { readonly kind: 'connection' }
  /** One call per item of the list argument `argument`. */
  | { readonly kind: 'lookup-each'; readonly argument: string }
  /** One call unless a conversation is among the field's ancestors. */
  | { readonly kind: 'conversation-lookup' };

const LOOKUP: FieldRule = { kind: 'lookup' };
const CONNECTION: FieldRule = { kind: 'connection' };

/** The costed fields, as `Type.field`. Mutation fields are costed as lookups on top of these. */
export const FIELD_RULES: Readonly<Record<string, FieldRule>> = {
  'Query.conversation': LOOKUP,
  'Query.message': LOOKUP,
  'Query.participant': LOOKUP,
  'Query.node': LOOKUP,
  'Query.nodes': { kind: 'lookup-each', argument: 'ids' },
  'ReplyToConversationPayload.conversation': LOOKUP,
  'UpdateMessagePayload.conversation': LOOKUP,
  'DeleteMessagePayload.conversation': LOOKUP,
  'AddParticipantPayload.conversation': LOOKUP,
  'UpdateParticipantPayload.conversation': LOOKUP,
  'RemoveParticipantPayload.conversation': LOOKUP,
  'Query.participants': CONNECTION,
  'MessagePreview.message': LOOKUP,
  // Per event: the message is fetched unless the event carries it (shared among subscribers).
  'Subscription.messageAdded': LOOKUP,
  'Message.conversation': { kind: 'conversation-lookup' },
  'Query.conversations': CONNECTION,
  'Query.messages': CONNECTION,
  'Query.participantConversations': CONNECTION,
  'Conversation.messages': CONNECTION,
  'Conversation.participants': CONNECTION,
};

/** The type below which `conversation-lookup` fields are free. */
export const CONVERSATION_TYPE = 'Conversation';

/** Field names of a Relay connection and its edges, as pagination.ts builds them. */
export const CONNECTION_FIELDS = {
  edges: 'edges',
  nodes: 'nodes',
  edgeNode: 'node',
  /** Selecting any of these loads the page even with `first: 0`. */
  pageLoading: new Set(['pageInfo', 'totalCount']),
} as const;

/** The cost table bound to one schema, with the types through which a cost can be reached. */
export class CostModel {
  readonly schema: GraphQLSchema;
  private readonly costly = new Set<string>();

  constructor(schema: GraphQLSchema) {
    this.schema = schema;
    const mutation = schema.getMutationType();
    if (mutation) this.costly.add(mutation.name);
    for (const key of Object.keys(FIELD_RULES)) this.costly.add(key.split('.', 1)[0] ?? '');
    // Fixpoint: a type is costly when one of its fields leads to a costly type.
    const types = Object.values(schema.getTypeMap()).filter(isCompositeType);
    for (let changed = true; changed;) {
      changed = false;
      for (const type of types) {
        if (this.costly.has(type.name) || !this.reachesCost(type)) continue;
        this.costly.add(type.name);
        changed = true;
      }
    }
  }

  /** The rule of a field, or null when it is embedded in its parent. */
  rule(parent: GraphQLObjectType, field: string): FieldRule | null {
    if (parent === this.schema.getMutationType() && !field.startsWith('__')) return LOOKUP;
    return FIELD_RULES[`${parent.name}.${field}`] ?? null;
  }

  /** True when selecting below a value of this type can cost upstream calls. */
  isCostly(type: GraphQLCompositeType): boolean {
    return this.costly.has(type.name);
  }

  /** Concrete types a value of `type` can have. */
  possibleTypes(type: GraphQLCompositeType): readonly GraphQLObjectType[] {
    return isObjectType(type) ? [type] : this.schema.getPossibleTypes(type);
  }

  private reachesCost(type: GraphQLCompositeType): boolean {
    if (isAbstractType(type)) {
      return this.schema.getPossibleTypes(type).some((t) => this.costly.has(t.name));
    }
    return Object.values(type.getFields()).some((field: GraphQLField<unknown, unknown>) =>
      this.costly.has(getNamedType(field.type).name),
    );
  }
}

const models = new WeakMap<GraphQLSchema, CostModel>();

/** The cost model of a schema, built once. */
export function costModelFor(schema: GraphQLSchema): CostModel {
  let model = models.get(schema);
  if (model === undefined) {
    model = new CostModel(schema);
    models.set(schema, model);
  }
  return model;
}
