import type { BulkImportRecord, RuleRecord } from '../store/records.js';
import { rfc3339 } from '../time.js';
import type { BirdAllowBlockRule, BirdBulkProgress } from '../types.js';

/** An allow/block rule as Bird renders it. */
export function ruleDto(workspaceId: string, rule: RuleRecord): BirdAllowBlockRule {
  return {
    id: rule.id,
    workspaceId,
    category: rule.category,
    value: rule.value,
    type: rule.type,
    createdBy: rule.createdBy,
    createdAt: rfc3339(rule.createdAt),
    updatedBy: rule.updatedBy,
    updatedAt: rfc3339(rule.updatedAt),
  };
}

/** A bulk import's progress; `errors` is null until a line fails. */
export function bulkProgressDto(workspaceId: string, bulk: BulkImportRecord): BirdBulkProgress {
  return {
    workspaceId,
    bulkId: bulk.id,
    currentIndex: bulk.currentIndex,
    total: bulk.lines.length,
    status: bulk.status,
    errors: bulk.errors.length === 0 ? null : [...bulk.errors],
    updatedAt: rfc3339(bulk.updatedAt),
  };
}
