import type { AuthOutcome } from '../http/auth.js';
import { compilePathPattern } from './pathPattern.js';

/** One request the simulator received under `/workspaces/`. */
export interface RequestLogEntry {
  readonly method: string;
  readonly path: string;
  readonly query: Readonly<Record<string, string>>;
  /** The parsed JSON body, the body text when it isn't JSON, or null when empty. */
  readonly body: unknown;
  readonly auth: AuthOutcome;
  /** The workspace the access key belongs to; null without a valid key. */
  readonly workspaceId: string | null;
  /** The `x-request-id` header, if sent. */
  readonly requestId: string | null;
  /** The status answered; 0 while in flight or when no response was sent (reset, stall). */
  readonly status: number;
  /** The fault that answered it, e.g. `status:503`, `reset`, `rate-limit`; null if none. */
  readonly fault: string | null;
  /** Arrival time, epoch milliseconds. */
  readonly at: number;
}

/** Selects entries; every given field must match. `path` is a pattern as in fault rules. */
export interface RequestLogFilter {
  readonly method?: string;
  readonly path?: string | RegExp;
  readonly status?: number;
  readonly auth?: AuthOutcome;
  readonly fault?: string | null;
  readonly workspaceId?: string | null;
}

/** The read side of the log, as exposed on the Simulator. */
export interface RequestLogView {
  /** Retained entries matching `filter` (all when omitted), oldest first. */
  entries(filter?: RequestLogFilter): RequestLogEntry[];
  /** How many retained entries match `filter` (all when omitted). */
  count(filter?: RequestLogFilter): number;
  clear(): void;
}

/** An entry while its request is being answered; the server fills in status and fault. */
export interface PendingEntry {
  method: string;
  path: string;
  query: Readonly<Record<string, string>>;
  rawBody: Uint8Array;
  auth: AuthOutcome;
  workspaceId: string | null;
  requestId: string | null;
  status: number;
  fault: string | null;
  at: number;
}

/**
 * A ring buffer of the last `limit` requests. Recording is O(1) and keeps the raw body; bodies are
 * decoded only when entries are read, so logging costs the hot path nothing measurable.
 */
export class RequestLog implements RequestLogView {
  readonly #slots: (PendingEntry | undefined)[];
  #next = 0;
  #size = 0;

  constructor(readonly limit: number) {
    if (!Number.isInteger(limit) || limit < 1)
      throw new RangeError('requestLogLimit must be a positive integer');
    this.#slots = new Array<PendingEntry | undefined>(limit);
  }

  record(entry: PendingEntry): PendingEntry {
    this.#slots[this.#next] = entry;
    this.#next = (this.#next + 1) % this.limit;
    if (this.#size < this.limit) this.#size++;
    return entry;
  }

  entries(filter?: RequestLogFilter): RequestLogEntry[] {
    return this.#matching(filter).map(materialise);
  }

  count(filter?: RequestLogFilter): number {
    return filter === undefined ? this.#size : this.#matching(filter).length;
  }

  #matching(filter: RequestLogFilter | undefined): PendingEntry[] {
    if (filter === undefined) return this.#retained();
    const matchesPath = filter.path === undefined ? null : compilePathPattern(filter.path);
    return this.#retained().filter(
      (entry) =>
        (filter.method === undefined || entry.method === filter.method.toUpperCase()) &&
        (matchesPath === null || matchesPath(entry.path)) &&
        (filter.status === undefined || entry.status === filter.status) &&
        (filter.auth === undefined || entry.auth === filter.auth) &&
        (filter.fault === undefined || entry.fault === filter.fault) &&
        (filter.workspaceId === undefined || entry.workspaceId === filter.workspaceId),
    );
  }

  clear(): void {
    this.#slots.fill(undefined);
    this.#next = 0;
    this.#size = 0;
  }

  #retained(): PendingEntry[] {
    const result: PendingEntry[] = [];
    const start = (this.#next - this.#size + this.limit) % this.limit;
    for (let i = 0; i < this.#size; i++) {
      const entry = this.#slots[(start + i) % this.limit];
      if (entry !== undefined) result.push(entry);
    }
    return result;
  }
}

function materialise(entry: PendingEntry): RequestLogEntry {
  const { rawBody, ...rest } = entry;
  return { ...rest, query: { ...entry.query }, body: decodeBody(rawBody) };
}

function decodeBody(raw: Uint8Array): unknown {
  if (raw.byteLength === 0) return null;
  const text = Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength).toString('utf8');
  try {
    const parsed: unknown = JSON.parse(text);
    return parsed;
  } catch {
    return text;
  }
}
