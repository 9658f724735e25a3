import type { Schema } from './builders.js';
import { operation, PAGE } from './operation.js';

const RULES = '/workspaces/{workspaceId}/conversation-allowblock-rules';

/** Channel configuration, antispam and allow/block rule routes. */
export const settingPaths: Record<string, Record<string, Schema>> = {
  '/workspaces/{workspaceId}/channels/{channelId}/conversational': {
    get: operation({
      id: 'getConversationsConfiguration',
      summary: 'Get a channel conversational configuration',
      params: ['channelId'],
      status: 200,
      response: 'ChannelConfiguration',
      errors: [404],
      tag: 'Settings',
    }),
    patch: operation({
      id: 'updateConversationsConfiguration',
      summary: 'Update a channel conversational configuration',
      params: ['channelId'],
      body: 'UpdateChannelConfigurationRequest',
      status: 200,
      response: 'ChannelConfiguration',
      errors: [404],
      tag: 'Settings',
    }),
  },
  '/workspaces/{workspaceId}/conversations-antispam-settings': {
    get: operation({
      id: 'getAntispamSetting',
      summary: 'Get the antispam setting',
      status: 200,
      response: 'AntispamSetting',
      tag: 'Settings',
    }),
    patch: operation({
      id: 'updateAntispamSetting',
      summary: 'Update the antispam setting',
      body: 'UpdateAntispamSettingRequest',
      status: 200,
      response: 'AntispamSetting',
      tag: 'Settings',
    }),
  },
  [RULES]: {
    post: operation({
      id: 'createAllowBlockRule',
      summary: 'Create an allow/block rule',
      body: 'CreateAllowBlockRuleRequest',
      status: 201,
      response: 'AllowBlockRule',
      errors: [409],
      tag: 'Settings',
    }),
    get: operation({
      id: 'listAllowBlockRules',
      summary: 'List allow/block rules',
      params: [...PAGE, 'ruleTypeFilter', 'ruleCategoryFilter', 'ruleValueFilter'],
      status: 200,
      response: 'AllowBlockRuleList',
      errors: [422],
      tag: 'Settings',
    }),
  },
  [`${RULES}/{allowBlockRuleId}`]: {
    get: operation({
      id: 'getAllowBlockRule',
      summary: 'Get an allow/block rule',
      params: ['allowBlockRuleId'],
      status: 200,
      response: 'AllowBlockRule',
      errors: [404],
      tag: 'Settings',
    }),
    patch: operation({
      id: 'updateAllowBlockRule',
      summary: 'Update an allow/block rule',
      params: ['allowBlockRuleId'],
      body: 'UpdateAllowBlockRuleRequest',
      status: 200,
      response: 'AllowBlockRule',
      errors: [404, 409],
      tag: 'Settings',
    }),
    delete: operation({
      id: 'deleteAllowBlockRule',
      summary: 'Delete an allow/block rule',
      params: ['allowBlockRuleId'],
      status: 204,
      errors: [404],
      tag: 'Settings',
    }),
  },
  '/workspaces/{workspaceId}/conversation-allowblock-rules-bulk': {
    post: operation({
      id: 'addAllowBlockRulesBulk',
      summary: 'Import allow/block rules from CSV (value,type lines)',
      body: {
        mediaType: 'text/csv',
        schema: { type: 'string', example: 'test@example.com,allow' },
      },
      status: 202,
      response: 'BulkProgress',
      errors: [415],
      tag: 'Settings',
    }),
  },
  '/workspaces/{workspaceId}/conversation-allowblock-rules-bulk/{bulkId}/status': {
    get: operation({
      id: 'getAllowBlockBulkStatus',
      summary: 'Get the progress of a bulk import',
      params: ['bulkId'],
      status: 200,
      response: 'BulkProgress',
      errors: [404],
      tag: 'Settings',
    }),
  },
};
