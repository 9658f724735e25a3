import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Resolver types generated from schema.graphql. Mappers point GraphQL object types at the
 * upstream DTOs the resolvers actually receive; enum values map GraphQL names to Bird's spellings,
 * so inputs arrive in resolvers already in Bird's vocabulary (`INVITE_ONLY` → `invite-only`).
 * The output is committed; `npm run codegen:check` fails CI when it drifts.
 */
const dto = (name: string) => `../upstream/types.js#${name}`;
const model = (file: string, name: string) => `../${file}.js#${name}`;
const page = (name: string) => model('pagination/models', name);

const config: CodegenConfig = {
  schema: 'schema.graphql',
  generates: {
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
          MessagePreview: model('resolvers/models', 'MessagePreviewModel'),
          Recipient: dto('BirdRecipient'),
          ContactParticipant: dto('BirdParticipant'),
          UserParticipant: dto('BirdParticipant'),
          AccessKeyParticipant: dto('BirdParticipant'),
          FlowParticipant: dto('BirdParticipant'),
          OtherParticipant: dto('BirdParticipant'),
          ParticipantBase: dto('BirdParticipant'),
          TextBody: model('resolvers/models', 'TaggedBody'),
          HtmlBody: model('resolvers/models', 'TaggedBody'),
          ImageBody: model('resolvers/models', 'TaggedBody'),
          FileBody: model('resolvers/models', 'TaggedBody'),
          GifBody: model('resolvers/models', 'TaggedBody'),
          LocationBody: model('resolvers/models', 'TaggedBody'),
          CarouselBody: model('resolvers/models', 'TaggedBody'),
          CarouselItem: model('resolvers/models', 'JsonObject'),
          ListItem: model('resolvers/models', 'JsonObject'),
          ListBody: model('resolvers/models', 'TaggedBody'),
          TemplateBody: model('resolvers/models', 'TaggedBody'),
          TemplateParameter: model('resolvers/models', 'JsonObject'),
          UnsupportedBody: model('resolvers/models', 'TaggedBody'),
          Attachment: model('resolvers/models', 'JsonObject'),
          Image: model('resolvers/models', 'JsonObject'),
          File: model('resolvers/models', 'JsonObject'),
          MessageAction: model('resolvers/models', 'JsonObject'),
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
          ConversationStatus: '../resolvers/models.js#BirdEnumValue',
          ConversationVisibility: '../resolvers/models.js#BirdEnumValue',
          ConversationAccessibility: '../resolvers/models.js#BirdEnumValue',
          MessageStatus: '../resolvers/models.js#BirdEnumValue',
          MessageSource: '../resolvers/models.js#BirdEnumValue',
          ParticipantType: '../resolvers/models.js#BirdEnumValue',
          ParticipantStatus: '../resolvers/models.js#BirdEnumValue',
          RecipientType: '../resolvers/models.js#BirdEnumValue',
          MessageBodyType: '../resolvers/models.js#BirdEnumValue',
        },
      },
    },
  },
};

export default config;
