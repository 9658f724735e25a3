import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Resolver types generated from schema.graphql. Mappers point GraphQL object types at the
 * upstream DTOs the resolvers actually receive; enum values map GraphQL names to Bird's spellings,
 * so inputs arrive in resolvers already in Bird's vocabulary (`INVITE_ONLY` → `invite-only`).
 * The output is committed; `npm run codegen:check` fails CI when it drifts.
 */
const dto = (name: string) => `../upstream/types.js#${name}`;
const model = (name: string) => `../resolvers/models.js#${name}`;
const page = (name: string) => `../pagination/models.js#${name}`;

const config: CodegenConfig = {
  schema: 'schema.graphql',
  generates: {
    // Typed documents for the tests: `graphql(`...`)` calls in test/ and the example operations
    // become TypedDocumentNodes, so a test's `gw.query(doc, variables)` is checked by the compiler.
    'test/gql/': {
      documents: ['test/**/*.ts', '!test/gql/**', 'operations/*.graphql'],
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        scalars: { DateTime: 'string', JSON: 'unknown', ID: 'string' },
        enumsAsTypes: true,
        useTypeImports: true,
        // `.js` in the generated imports, as NodeNext resolution wants.
        emitLegacyCommonJSImports: false,
      },
    },
    'src/generated/graphql.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      hooks: {
        // The typescript plugin re-exports externally mapped enums as `export { X }`, which
        // verbatimModuleSyntax rejects for types.
        beforeOneFileWrite: [
          (_path: string, content: string) =>
            content.replace(/^export \{ (\w+) \};$/gm, 'export type { $1 };'),
        ],
      },

      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        immutableTypes: false,
        contextType: '../graphql/context.js#GatewayContext',
        useIndexSignature: false,
        scalars: {
          DateTime: { input: 'Date', output: 'Date | string' },
          JSON: 'unknown',
          ID: { input: 'string', output: 'string' },
        },
        mappers: {
          Conversation: dto('BirdConversation'),
          Message: dto('BirdMessage'),
          MessagePreview: model('MessagePreviewModel'),
          DeletedConversation: model('DeletedConversationModel'),
          Recipient: dto('BirdRecipient'),
          ContactParticipant: model('ParticipantModel'),
          UserParticipant: model('ParticipantModel'),
          AccessKeyParticipant: model('ParticipantModel'),
          FlowParticipant: model('ParticipantModel'),
          OtherParticipant: model('ParticipantModel'),
          ParticipantBase: model('ParticipantModel'),
          ReplyToConversationPayload: model('MessagePayloadModel'),
          UpdateMessagePayload: model('MessagePayloadModel'),
          DeleteMessagePayload: model('DeletedMessageModel'),
          DeleteConversationPayload: model('DeleteConversationPayloadModel'),
          AddParticipantPayload: model('ParticipantPayloadModel'),
          UpdateParticipantPayload: model('ParticipantPayloadModel'),
          RemoveParticipantPayload: model('RemovedParticipantModel'),
          TextBody: model('TaggedBody'),
          HtmlBody: model('TaggedBody'),
          ImageBody: model('TaggedBody'),
          FileBody: model('TaggedBody'),
          GifBody: model('TaggedBody'),
          LocationBody: model('TaggedBody'),
          CarouselBody: model('TaggedBody'),
          CarouselItem: model('JsonObject'),
          ListItem: model('JsonObject'),
          ListBody: model('TaggedBody'),
          TemplateBody: model('TaggedBody'),
          TemplateParameter: model('JsonObject'),
          UnsupportedBody: model('TaggedBody'),
          Attachment: model('JsonObject'),
          Image: model('JsonObject'),
          File: model('JsonObject'),
          MessageAction: model('JsonObject'),
          ConversationConnection: page('ConversationConnectionModel'),
          MessageConnection: page('MessageConnectionModel'),
          ParticipantConnection: page('ParticipantConnectionModel'),
          ConversationEdge: page('ConversationEdgeModel'),
          MessageEdge: page('MessageEdgeModel'),
          ParticipantEdge: page('ParticipantEdgeModel'),
          PageInfo: page('PageInfoModel'),
        },
        // Enums carry Bird's own spellings at run time (src/resolvers/enums.ts). Bird may add values,
        // so they are typed as open strings; unknown ones serialise as UNKNOWN.
        enumValues: {
          ConversationStatus: model('BirdEnumValue'),
          ConversationVisibility: model('BirdEnumValue'),
          ConversationAccessibility: model('BirdEnumValue'),
          MessageStatus: model('BirdEnumValue'),
          MessageSource: model('BirdEnumValue'),
          ParticipantType: model('BirdEnumValue'),
          ParticipantStatus: model('BirdEnumValue'),
          RecipientType: model('BirdEnumValue'),
          MessageBodyType: model('BirdEnumValue'),
        },
      },
    },
  },
};

export default config;
