import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** Bird's pre-signed media URLs stay valid for 900 s (bird-api.md §7). */
export const PRESIGNED_TTL_SECONDS = 900;

/**
 * Signs and checks the short-lived media URLs the simulator redirects to, standing in for the
 * storage URLs Bird's media host redirects to. The secret is per process: URLs do not survive a
 * restart, like expired pre-signed URLs.
 */
export class MediaPresigner {
  readonly #secret = randomBytes(32);

  /** `?expires=<unix s>&signature=<hex>` for a media path, valid for 900 s from `nowMs`. */
  sign(path: string, nowMs: number): string {
    const expires = Math.floor(nowMs / 1000) + PRESIGNED_TTL_SECONDS;
    return `expires=${expires}&signature=${this.#mac(path, expires)}`;
  }

  /** Whether the query signs `path` and has not expired. */
  verify(
    path: string,
    expires: string | undefined,
    signature: string | undefined,
    nowMs: number,
  ): boolean {
    if (expires === undefined || signature === undefined || !/^\d{1,12}$/.test(expires))
      return false;
    if (Number(expires) * 1000 < nowMs) return false;
    const expected = Buffer.from(this.#mac(path, Number(expires)), 'hex');
    const given = Buffer.from(signature, 'hex');
    return given.length === expected.length && timingSafeEqual(given, expected);
  }

  #mac(path: string, expires: number): string {
    return createHmac('sha256', this.#secret)
      .update(`${path}\n${String(expires)}`)
      .digest('hex');
  }
}
