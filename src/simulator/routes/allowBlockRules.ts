import { HttpError, invalidQuery } from '../http/httpError.js';
import { listJson } from '../http/jsonBody.js';
import { readPageParams } from '../http/pageToken.js';
import { workspaceRoute, type Route } from '../http/route.js';
import { parseBody } from '../http/validation.js';
import { bulkProgressDto, ruleDto } from '../render/settings.js';
import { createRuleSchema, updateRuleSchema } from '../schemas/settings.js';
import { getBulkImport, startBulkImport } from '../store/bulkImports.js';
import type { RuleRecord } from '../store/records.js';
import { createRule, deleteRule, getRule, updateRule } from '../store/rules.js';
import { RULE_CATEGORIES, RULE_TYPES } from '../types.js';
import { nextPageToken } from './paging.js';

const BASE = '/conversation-allowblock-rules';

/** Allow/block rules: CRUD plus the CSV bulk import and its status. */
export const allowBlockRuleRoutes: readonly Route[] = [
  workspaceRoute('POST', BASE, ({ ws, body }) => {
    const rule = createRule(ws, ws.identity.accessKeyId, parseBody(createRuleSchema, body));
    return { status: 201, body: ruleDto(ws.id, rule) };
  }),

  workspaceRoute('GET', BASE, ({ ws, query }) => {
    const { type, category, value } = query;
    if (type !== undefined && !RULE_TYPES.some((t) => t === type))
      throw invalidQuery('type', `Must be one of ${RULE_TYPES.join(', ')}`);
    if (category !== undefined && !RULE_CATEGORIES.some((c) => c === category)) {
      throw invalidQuery('category', `Must be one of ${RULE_CATEGORIES.join(', ')}`);
    }
    const params = readPageParams(
      query,
      `workspaces/${ws.id}/rules?type=${type ?? ''}&category=${category ?? ''}&value=${value ?? ''}`,
    );
    const filter =
      type === undefined && category === undefined && value === undefined
        ? undefined
        : (rule: RuleRecord) =>
            (type === undefined || rule.type === type) &&
            (category === undefined || rule.category === category) &&
            (value === undefined || rule.value.toLowerCase() === value.toLowerCase());
    const page = ws.ruleIndex.page({ ...params, filter });
    return {
      status: 200,
      body: listJson(
        page.items.map((rule) => JSON.stringify(ruleDto(ws.id, rule))),
        { nextPageToken: nextPageToken(params, page) },
      ),
    };
  }),

  workspaceRoute('GET', `${BASE}/{allowBlockRuleId}`, ({ ws }, { allowBlockRuleId }) => ({
    status: 200,
    body: ruleDto(ws.id, getRule(ws, allowBlockRuleId)),
  })),

  workspaceRoute('PATCH', `${BASE}/{allowBlockRuleId}`, ({ ws, body }, { allowBlockRuleId }) => {
    const rule = getRule(ws, allowBlockRuleId);
    const patch = parseBody(updateRuleSchema, body);
    const updated = updateRule(ws, rule, ws.identity.accessKeyId, {
      ...(patch.category == null ? {} : { category: patch.category }),
      ...(patch.value == null ? {} : { value: patch.value }),
      ...(patch.type == null ? {} : { type: patch.type }),
    });
    return { status: 200, body: ruleDto(ws.id, updated) };
  }),

  workspaceRoute('DELETE', `${BASE}/{allowBlockRuleId}`, ({ ws }, { allowBlockRuleId }) => {
    deleteRule(ws, getRule(ws, allowBlockRuleId));
    return { status: 204 };
  }),

  /**
   * The CSV is processed in the background; the answer is 202 with the `pending` progress object
   * (Bird documents the body, not the status code).
   */
  workspaceRoute(
    'POST',
    '/conversation-allowblock-rules-bulk',
    ({ ws, headers, rawBody, store }) => {
      const contentType = headers['content-type'] ?? '';
      if (!/^text\/csv\b/i.test(contentType)) {
        throw new HttpError(
          415,
          'UnsupportedMediaType',
          "The bulk upload must be sent with 'Content-Type: text/csv'",
        );
      }
      const csv = Buffer.from(rawBody).toString('utf8');
      const bulk = startBulkImport(ws, ws.identity.accessKeyId, csv, store.schedule);
      return { status: 202, body: bulkProgressDto(ws.id, bulk) };
    },
    'raw',
  ),

  workspaceRoute(
    'GET',
    '/conversation-allowblock-rules-bulk/{bulkId}/status',
    ({ ws }, { bulkId }) => ({
      status: 200,
      body: bulkProgressDto(ws.id, getBulkImport(ws, bulkId)),
    }),
  ),
];
