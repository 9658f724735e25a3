import { randomUUID } from 'node:crypto';
import type { BirdRuleCategory, BirdRuleType } from '../types.js';
import type { RuleRecord } from './records.js';
import { invalid, notFound, StoreError } from './storeError.js';
import type { WorkspaceState } from './workspaceState.js';

/** The fields of an allow/block rule. */
export interface RuleInput {
  readonly category: BirdRuleCategory;
  readonly value: string;
  readonly type: BirdRuleType;
}

/** Finds a rule. */
export function getRule(ws: WorkspaceState, id: string): RuleRecord {
  const rule = ws.rules.get(id);
  if (rule === undefined) throw notFound('Allow/block rule');
  return rule;
}

/**
 * Creates a rule. A second rule for the same category and value (case-insensitive) is a conflict:
 * Bird documents 409 "already exists" without defining the key, and a value that is both allowed
 * and rejected would be contradictory.
 */
export function createRule(ws: WorkspaceState, createdBy: string, input: RuleInput): RuleRecord {
  checkValue(input.category, input.value);
  const key = ruleKey(input.category, input.value);
  if (ws.ruleKeys.has(key)) throw duplicate();
  const now = ws.clock.now();
  const rule: RuleRecord = {
    id: randomUUID(),
    ...input,
    createdBy,
    createdAt: now,
    updatedBy: createdBy,
    updatedAt: now,
  };
  ws.rules.set(rule.id, rule);
  ws.ruleIndex.insert(rule);
  ws.ruleKeys.set(key, rule);
  return rule;
}

/** Changes the given fields of a rule (absent or null fields keep their value). */
export function updateRule(
  ws: WorkspaceState,
  rule: RuleRecord,
  updatedBy: string,
  patch: Partial<RuleInput>,
): RuleRecord {
  const category = patch.category ?? rule.category;
  const value = patch.value ?? rule.value;
  checkValue(category, value);
  const oldKey = ruleKey(rule.category, rule.value);
  const newKey = ruleKey(category, value);
  if (newKey !== oldKey && ws.ruleKeys.has(newKey)) throw duplicate();
  ws.ruleKeys.delete(oldKey);
  rule.category = category;
  rule.value = value;
  rule.type = patch.type ?? rule.type;
  rule.updatedBy = updatedBy;
  rule.updatedAt = ws.clock.now();
  ws.ruleKeys.set(newKey, rule);
  return rule;
}

/** Deletes a rule. */
export function deleteRule(ws: WorkspaceState, rule: RuleRecord): void {
  ws.rules.delete(rule.id);
  ws.ruleIndex.remove(rule);
  ws.ruleKeys.delete(ruleKey(rule.category, rule.value));
}

/** Creates or retypes the rule for a value (the bulk import's upsert). */
export function upsertRule(ws: WorkspaceState, by: string, input: RuleInput): RuleRecord {
  const existing = ws.ruleKeys.get(ruleKey(input.category, input.value));
  return existing === undefined
    ? createRule(ws, by, input)
    : updateRule(ws, existing, by, { type: input.type });
}

/** The category a bulk-imported value belongs to: an address, a `.suffix`, or a domain. */
export function inferCategory(value: string): BirdRuleCategory {
  if (value === '*') return 'all';
  if (value.includes('@')) return 'email';
  return value.startsWith('.') ? 'domain_suffix' : 'domain';
}

function checkValue(category: BirdRuleCategory, value: string): void {
  const ok =
    category === 'all'
      ? value.length > 0
      : category === 'email'
        ? /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(value)
        : /^\.?[a-z0-9-]+(\.[a-z0-9-]+)*$/i.test(value) &&
          (category === 'domain_suffix' || !value.startsWith('.'));
  if (!ok) throw invalid('.value', `'${value}' is not a valid ${category} value`);
}

function ruleKey(category: BirdRuleCategory, value: string): string {
  return `${category}\u0000${value.toLowerCase()}`;
}

function duplicate(): StoreError {
  return new StoreError(
    'conflict',
    'AlreadyExists',
    'An allow/block rule for this value already exists',
  );
}
