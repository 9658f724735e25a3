/**
 * Keeps a label's values few: a value outside the known set, or beyond the first `max` distinct
 * values seen, is reported as `other`. A metric's series count then has a ceiling whatever callers
 * pass, so a bug that hands an id to a label cannot flood Prometheus (or leak the id for long).
 */
export class BoundedLabel {
  readonly #seen = new Set<string>();

  constructor(
    private readonly max: number,
    private readonly known?: ReadonlySet<string>,
  ) {}

  /** The value to put in the label. */
  of(value: string): string {
    if (this.known !== undefined) return this.known.has(value) ? value : 'other';
    if (this.#seen.has(value)) return value;
    if (this.#seen.size >= this.max || !SAFE.test(value)) return 'other';
    this.#seen.add(value);
    return value;
  }
}

/** What a free-form label value may look like: a short word, never a token-like string. */
const SAFE = /^[a-z][a-z0-9_.:-]{0,39}$/i;
