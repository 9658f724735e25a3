/**
 * One execution per event for subscribers who would all compute the same result. Subscribers are
 * grouped by tenant scope (the digest of their workspace and credential), document, operation name
 * and variables: within a group the selection, its arguments (and so its filters) and the
 * credentials every nested upstream call uses are identical, so the first member to reach an event
 * executes it and the others are handed the same result. Different credentials are never grouped,
 * even in one workspace: each key sees only what Bird lets it read, and a revoked key fails only
 * its own subscribers.
 *
 * Each member still reads its own stream of events (its own hub filter and buffer), so what it
 * receives, in which order, and from which moment on, is exactly what it would receive alone;
 * only the work per event is shared. The result is remembered per event object (the hub hands the
 * same object to every subscriber of a workspace), weakly, so it goes once every member has it.
 */
import type { DocumentNode, ExecutionResult } from 'graphql';
import { Cancellation } from '../../upstream/cancellation.js';

/** A subscriber's place in its group. */
export interface Membership {
  /** Cancels the group's upstream work; aborted when its last member leaves. */
  readonly cancellation: Cancellation;
  /**
   * The result of the event `payload`: `execute` runs for the first member to ask, the others
   * share its promise. A payload that is not an object (no identity to share by) always executes.
   */
  resultOf(payload: unknown, execute: () => Promise<ExecutionResult>): Promise<ExecutionResult>;
  /** Leaves the group (idempotent). */
  leave(): void;
}

interface Group {
  readonly cancellation: Cancellation;
  readonly results: WeakMap<object, Promise<ExecutionResult>>;
  members: number;
}

/** Where a subscription runs: everything that decides its result for a given event. */
export interface GroupKey {
  readonly document: DocumentNode;
  /** Digest of the workspace and credential (never the credential); null: never shared. */
  readonly credential: string | null;
  readonly operationName: string | null | undefined;
  readonly variables: unknown;
}

function sortedKeys(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  return Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Variables as text with object keys sorted; null when they cannot be serialised (too deep). */
function canonicalJson(value: unknown): string | null {
  try {
    return JSON.stringify(value ?? null, (_key, v: unknown) => sortedKeys(v));
  } catch {
    return null;
  }
}

export class SharedExecutions {
  // Keyed by the parsed document: the preparer parses each text once, so equal texts share it.
  readonly #groups = new WeakMap<DocumentNode, Map<string, Group>>();
  #count = 0;

  /** Groups with members right now (for tests and the bench). */
  get size(): number {
    return this.#count;
  }

  /** Joins the group of `key` (a group of one when it cannot be shared). */
  join(key: GroupKey): Membership {
    const variables = canonicalJson(key.variables);
    if (key.credential === null || variables === null) return this.#membership(newGroup(), null);
    const name = `${key.credential}\u0000${key.operationName ?? ''}\u0000${variables}`;
    let groups = this.#groups.get(key.document);
    if (groups === undefined) {
      groups = new Map();
      this.#groups.set(key.document, groups);
    }
    let group = groups.get(name);
    if (group === undefined) {
      group = newGroup();
      groups.set(name, group);
      this.#count += 1;
    }
    const registry = groups;
    return this.#membership(group, () => {
      if (registry.get(name) !== group) return;
      registry.delete(name);
      this.#count -= 1;
    });
  }

  #membership(group: Group, onEmpty: (() => void) | null): Membership {
    group.members += 1;
    let member = true;
    return {
      cancellation: group.cancellation,
      resultOf: (payload, execute) => {
        if (typeof payload !== 'object' || payload === null) return execute();
        const known = group.results.get(payload);
        if (known !== undefined) return known;
        const result = execute();
        group.results.set(payload, result);
        return result;
      },
      leave: () => {
        if (!member) return;
        member = false;
        group.members -= 1;
        if (group.members > 0) return;
        onEmpty?.();
        // Nobody is left to receive what is in flight.
        group.cancellation.abort();
      },
    };
  }
}

function newGroup(): Group {
  return { cancellation: new Cancellation(), results: new WeakMap(), members: 0 };
}
