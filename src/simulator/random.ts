/**
 * A small seeded pseudo-random generator (mulberry32). Seed data must be identical on every run
 * for a given seed, so nothing in the seeding path may use Math.random or the wall clock.
 */
export class Random {
  #state: number;

  constructor(seed: number) {
    this.#state = seed >>> 0;
  }

  /** A float uniformly distributed in [0, 1). */
  next(): number {
    return this.#uint32() / 4294967296;
  }

  #uint32(): number {
    this.#state = (this.#state + 0x6d2b79f5) >>> 0;
    let t = this.#state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  }

  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** True with probability `p`. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new RangeError('Random.pick needs a non-empty list');
    return item;
  }

  /** One value of `[value, weight]` pairs, with probability proportional to its weight. */
  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
    let roll = this.next() * total;
    for (const [value, weight] of entries) {
      roll -= weight;
      if (roll < 0) return value;
    }
    const last = entries.at(-1);
    if (last === undefined) throw new RangeError('Random.weighted needs at least one entry');
    return last[0];
  }

  /** A version-4-shaped UUID drawn from this generator, so seeded ids are reproducible. */
  uuid(): string {
    // Built from a byte-to-hex table: seeding draws hundreds of thousands of ids.
    const a = this.#uint32();
    const b = this.#uint32();
    const c = this.#uint32();
    const d = this.#uint32();
    return (
      hex(a >>> 24) +
      hex(a >>> 16) +
      hex(a >>> 8) +
      hex(a) +
      '-' +
      hex(b >>> 24) +
      hex(b >>> 16) +
      '-' +
      hex(0x40 | ((b >>> 8) & 0x0f)) +
      hex(b) +
      '-' +
      hex(0x80 | ((c >>> 24) & 0x3f)) +
      hex(c >>> 16) +
      '-' +
      hex(c >>> 8) +
      hex(c) +
      hex(d >>> 24) +
      hex(d >>> 16) +
      hex(d >>> 8) +
      hex(d)
    );
  }
}

const HEX_BYTES = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));

function hex(value: number): string {
  return HEX_BYTES[value & 0xff] ?? '00';
}
