import { Clock } from '../clock.js';
import { SEED_NOW } from '../seed/conversations.js';
import { DEFAULT_SEED_SIZE, seedWorkspace, type SeedSize } from '../seed/seedWorkspace.js';
import { TENANTS } from '../seed/tenants.js';
import type { Scheduler } from './bulkImports.js';
import type { ConversationRecord } from './records.js';
import { UploadRegistry } from './uploads.js';
import { WorkspaceState, type ConversationChange, type TenantIdentity } from './workspaceState.js';

/** Seed and size of the generated data. */
export interface SimulatorStoreOptions {
  readonly seed?: number | undefined;
  readonly size?: Partial<SeedSize> | undefined;
}

/** Called synchronously after each conversation change, with the record in its new state. */
export type ChangeListener = (
  change: ConversationChange,
  ws: WorkspaceState,
  conversation: ConversationRecord,
) => void;

/**
 * All simulated workspaces and their access keys: the pure in-memory domain, with no HTTP. Tests
 * reach seeded data through {@link workspace}; `reset()` regenerates the seed data in place, so a
 * reference to the store stays valid across resets.
 */
export class SimulatorStore {
  readonly tenants: readonly TenantIdentity[];
  readonly uploads = new UploadRegistry();
  readonly seed: number;
  readonly size: SeedSize;
  readonly #clock = new Clock(SEED_NOW + 86_400_000);
  readonly #listeners = new Set<ChangeListener>();
  readonly #timers = new Set<NodeJS.Timeout>();
  #workspaces = new Map<string, WorkspaceState>();
  #byAccessKey = new Map<string, WorkspaceState>();

  constructor(options: SimulatorStoreOptions = {}) {
    this.seed = options.seed ?? 1;
    this.size = { ...DEFAULT_SEED_SIZE, ...options.size };
    this.tenants = TENANTS.map(({ workspaceId, accessKey, accessKeyId, accessKeyName }) => ({
      workspaceId,
      accessKey,
      accessKeyId,
      accessKeyName,
    }));
    this.#load();
  }

  /** The workspace with this id, if the simulator serves it. */
  workspace(id: string): WorkspaceState | undefined {
    return this.#workspaces.get(id);
  }

  /** The workspace an access key belongs to. */
  workspaceForAccessKey(accessKey: string): WorkspaceState | undefined {
    return this.#byAccessKey.get(accessKey);
  }

  /** Subscribes to conversation changes in every workspace; returns the unsubscribe function. */
  onChange(listener: ChangeListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Runs deferred work (bulk imports) on timers that reset() and dispose() cancel. */
  readonly schedule: Scheduler = (task, delayMs) => {
    const timer = setTimeout(() => {
      this.#timers.delete(timer);
      task();
    }, delayMs);
    timer.unref();
    this.#timers.add(timer);
  };

  /** Restores the seed data: every change, upload and pending bulk import is discarded. */
  reset(): void {
    this.dispose();
    this.uploads.clear();
    this.#load();
  }

  /** Cancels pending background work. */
  dispose(): void {
    for (const timer of this.#timers) clearTimeout(timer);
    this.#timers.clear();
  }

  #load(): void {
    this.#workspaces = new Map();
    this.#byAccessKey = new Map();
    for (const tenant of TENANTS) {
      const ws = new WorkspaceState(tenant, this.#clock, (change, conversation) => {
        for (const listener of this.#listeners) listener(change, ws, conversation);
      });
      seedWorkspace(ws, tenant, this.seed, this.size);
      this.#workspaces.set(ws.id, ws);
      this.#byAccessKey.set(tenant.accessKey, ws);
    }
  }
}
