import { randomUUID } from 'node:crypto';
import { RULE_TYPES, type BirdRuleType } from '../types.js';
import type { BulkImportRecord } from './records.js';
import { inferCategory, upsertRule } from './rules.js';
import { StoreError, notFound } from './storeError.js';
import type { WorkspaceState } from './workspaceState.js';

/** Schedules deferred work; the store owns the timers so reset and close can cancel them. */
export type Scheduler = (task: () => void, delayMs: number) => void;

/** Lines processed per step, so large files visibly pass through `in_progress`. */
const LINES_PER_STEP = 200;
const STEP_DELAY_MS = 5;

/**
 * Accepts a CSV of `value,type` lines and imports it in the background, the way Bird reports a
 * bulk upload: `pending`, then `in_progress` with `currentIndex`, then `completed` (or `failed`
 * when no line could be imported). A header line `value,type` is skipped; bad lines are reported
 * in `errors` as "line N: ..." and don't stop the import. Existing rules for a value are retyped.
 */
export function startBulkImport(
  ws: WorkspaceState,
  createdBy: string,
  csv: string,
  schedule: Scheduler,
): BulkImportRecord {
  const lines = csv.split(/\r?\n/).map((line) => line.trim());
  while (lines.at(-1) === '') lines.pop();
  if (lines[0]?.toLowerCase().replace(/\s/g, '') === 'value,type') lines.shift();
  if (lines.length === 0) {
    throw new StoreError('invalid', 'InvalidPayload', 'The CSV file contains no rules', {
      '.': ['Expected at least one line'],
    });
  }
  const bulk: BulkImportRecord = {
    id: randomUUID(),
    lines,
    createdBy,
    currentIndex: 0,
    status: 'pending',
    errors: [],
    updatedAt: ws.clock.now(),
  };
  ws.bulkImports.set(bulk.id, bulk);
  const step = (): void => {
    bulk.status = 'in_progress';
    const end = Math.min(bulk.currentIndex + LINES_PER_STEP, lines.length);
    for (; bulk.currentIndex < end; bulk.currentIndex++) importLine(ws, bulk, bulk.currentIndex);
    if (bulk.currentIndex >= lines.length) {
      bulk.status = bulk.errors.length === lines.length ? 'failed' : 'completed';
    } else {
      schedule(step, STEP_DELAY_MS);
    }
    bulk.updatedAt = ws.clock.now();
  };
  schedule(step, STEP_DELAY_MS);
  return bulk;
}

/** Finds a bulk import. */
export function getBulkImport(ws: WorkspaceState, id: string): BulkImportRecord {
  const bulk = ws.bulkImports.get(id);
  if (bulk === undefined) throw notFound('Bulk upload');
  return bulk;
}

function importLine(ws: WorkspaceState, bulk: BulkImportRecord, index: number): void {
  const line = bulk.lines[index] ?? '';
  const [value = '', type = '', ...rest] = line.split(',').map((cell) => cell.trim());
  const lineNumber = index + 1;
  if (rest.length > 0 || value === '') {
    bulk.errors.push(`line ${lineNumber}: expected 'value,type'`);
    return;
  }
  if (!isRuleType(type)) {
    bulk.errors.push(
      `line ${lineNumber}: unknown type '${type}', expected one of ${RULE_TYPES.join(', ')}`,
    );
    return;
  }
  try {
    upsertRule(ws, bulk.createdBy, { category: inferCategory(value), value, type });
  } catch (error) {
    if (!(error instanceof StoreError)) throw error;
    bulk.errors.push(`line ${lineNumber}: ${error.details?.['.value']?.[0] ?? error.message}`);
  }
}

function isRuleType(value: string): value is BirdRuleType {
  return RULE_TYPES.some((type) => type === value);
}
