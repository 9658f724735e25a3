import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Resolver types generated from schema.graphql. Mappers point GraphQL object types at the
 * upstream DTOs the resolvers actually receive; enum values map GraphQL names to Bird's spellings,
 * so inputs arrive in resolvers already in Bird's vocabulary (`INVITE_ONLY` → `invite-only`).
 * The output is committed; `npm run codegen:check` fails CI when it drifts.
 */
const dto = (name: string) => `../upstream/types.js#${name}`;
const model = (file: string, name: string) => `../${file}.js#${name}`;

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
        contextType: '../context.js#GatewayContext',
        useIndexSignature: false,
        scalars: {
          DateTime: { input: 'Date', output: 'Date | string' },
          JSON: 'unknown',
          ID: { input: 'string', output: 'string' },
        },
        mappers: {
          Conversation: dto('BirdConversation'),
          Message: dto('BirdMessage'),
          MessagePreview: model('models', 'MessagePreviewModel'),
          Recipient: dto('BirdRecipient'),
          ContactParticipant: dto('BirdParticipant'),
          UserParticipant: dto('BirdParticipant'),
          AccessKeyParticipant: dto('BirdParticipant'),
          FlowParticipant: dto('BirdParticipant'),
          OtherParticipant: dto('BirdParticipant'),
          ParticipantBase: dto('BirdParticipant'),
          TextBody: model('models', 'TaggedBody'),
          HtmlBody: model('models', 'TaggedBody'),
          ImageBody: model('models', 'TaggedBody'),
          FileBody: model('models', 'TaggedBody'),
          GifBody: model('models', 'TaggedBody'),
          LocationBody: model('models', 'TaggedBody'),
          CarouselBody: model('models', 'TaggedBody'),
          CarouselItem: model('models', 'JsonObject'),
          ListItem: model('models', 'JsonObject'),
          ListBody: model('models', 'TaggedBody'),
          TemplateBody: model('models', 'TaggedBody'),
          TemplateParameter: model('models', 'JsonObject'),
          UnsupportedBody: model('models', 'TaggedBody'),
          Attachment: model('models', 'JsonObject'),
          Image: model('models', 'JsonObject'),
          File: model('models', 'JsonObject'),
          MessageAction: model('models', 'JsonObject'),
          ConversationConnection: model('models', 'ConversationConnectionModel'),
          MessageConnection: model('models', 'MessageConnectionModel'),
          ParticipantConnection: model('models', 'ParticipantConnectionModel'),
          ConversationEdge: model('models', 'ConversationEdgeModel'),
          MessageEdge: model('models', 'MessageEdgeModel'),
          ParticipantEdge: model('models', 'ParticipantEdgeModel'),
          PageInfo: model('models', 'PageInfoModel'),
        },
        // Enums carry Bird's own spellings at run time (src/resolvers/enums.ts). Bird may add values,
        // so they are typed as open strings; unknown ones serialise as UNKNOWN.
        enumValues: {
          ConversationStatus: '../models.js#BirdEnumValue',
          ConversationVisibility: '../models.js#BirdEnumValue',
          ConversationAccessibility: '../models.js#BirdEnumValue',
          MessageStatus: '../models.js#BirdEnumValue',
          MessageSource: '../models.js#BirdEnumValue',
          ParticipantType: '../models.js#BirdEnumValue',
          ParticipantStatus: '../models.js#BirdEnumValue',
          RecipientType: '../models.js#BirdEnumValue',
          MessageBodyType: '../models.js#BirdEnumValue',
        },
      },
    },
  },
};

export default config;
