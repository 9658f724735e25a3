/**
 * The simulator's notion of "now" for items created at runtime. It never goes backwards and never
 * returns the same millisecond twice, so every new item sorts strictly after every existing one
 * (seeded data included) and keyset pagination never sees ties between runtime items.
 */
export class Clock {
  #last: number;

  /** @param floor the latest timestamp already in use (the newest seeded item). */
  constructor(floor: number) {
    this.#last = floor;
  }

  /** The next timestamp in epoch milliseconds: max(wall clock, previous + 1). */
  now(): number {
    const wall = Date.now();
    this.#last = wall > this.#last ? wall : this.#last + 1;
    return this.#last;
  }

  /** Moves the floor forward so later `now()` calls sort after `ms`. */
  observe(ms: number): void {
    if (ms > this.#last) this.#last = ms;
  }
}
