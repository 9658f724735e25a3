/**
 * How much of Bird's per-workspace rate budget the gateway spends: requests sent per workspace and
 * class in the current and the previous second, read as a fraction of the class's limit. Memory is
 * bounded by the workspaces active in the last two seconds (older entries are dropped on read).
 */
export type BudgetClass = 'read' | 'write';

interface Second {
  second: number;
  count: number;
  previous: number;
}

export class BudgetMeter {
  readonly #seconds = new Map<string, Second>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Counts one request sent for `workspaceId` in class `cls`. */
  sent(cls: BudgetClass, workspaceId: string): void {
    const second = Math.floor(this.now() / 1000);
    const key = `${cls}\u0000${workspaceId}`;
    this.#entry(key, second).count += 1;
  }

  /**
   * Requests sent in the busier of the current and the previous second, per class and workspace.
   * Entries idle for two seconds are dropped.
   */
  read(): { cls: BudgetClass; workspaceId: string; sent: number }[] {
    const second = Math.floor(this.now() / 1000);
    const out: { cls: BudgetClass; workspaceId: string; sent: number }[] = [];
    for (const [key, entry] of this.#seconds.entries()) {
      if (entry.second < second - 1) {
        this.#seconds.delete(key);
        continue;
      }
      const current = this.#entry(key, second);
      const [cls = 'read', workspaceId = ''] = key.split('\u0000');
      out.push({
        cls: cls === 'write' ? 'write' : 'read',
        workspaceId,
        sent: Math.max(current.count, current.previous),
      });
    }
    return out;
  }

  /** The entry of `key`, rolled forward to `second`. */
  #entry(key: string, second: number): Second {
    let entry = this.#seconds.get(key);
    if (entry === undefined) {
      entry = { second, count: 0, previous: 0 };
      this.#seconds.set(key, entry);
    } else if (entry.second !== second) {
      entry.previous = entry.second === second - 1 ? entry.count : 0;
      entry.second = second;
      entry.count = 0;
    }
    return entry;
  }
}
