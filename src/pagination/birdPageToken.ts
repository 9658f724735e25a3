/**
 * Bird's page tokens, packed. In production they are standard base64 (with `=` padding) of
 * `["<createdAt with nanoseconds>","<id>"]` (bird-api.md §7): about 90 characters that hold 20
 * bytes of information. A token of exactly that shape is stored as seconds, fraction and id; any
 * other token is carried as it is, so a change of Bird's format costs bytes, never correctness.
 */
import { Malformed, type ByteReader, type ByteWriter } from './bytes.js';

const TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?Z$/;

/** A token in Bird's shape, taken apart. */
export interface PackedToken {
  /** Whole seconds since the epoch (0..2^32-1). */
  readonly seconds: number;
  /** Digits of the fraction as written (0..9); the value has that many digits, zeros kept. */
  readonly digits: number;
  readonly fraction: number;
  readonly id: string;
}

/** The token's parts when it is exactly Bird's shape (re-encoding gives it back), else null. */
export function unpackBirdToken(token: string): PackedToken | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(token, 'base64').toString('utf8'));
  } catch {
    return null;
  }
  if (!Array.isArray(parsed) || parsed.length !== 2) return null;
  const parts: readonly unknown[] = parsed;
  const [time, id] = parts;
  if (typeof time !== 'string' || typeof id !== 'string') return null;
  const match = TIME.exec(time);
  if (match === null) return null;
  const seconds = Date.parse(`${time.slice(0, 19)}Z`) / 1000;
  if (!Number.isInteger(seconds) || seconds < 0 || seconds >= 2 ** 32) return null;
  const fractionText = match[7] ?? '';
  const packed = {
    seconds,
    digits: fractionText.length,
    fraction: fractionText === '' ? 0 : Number(fractionText),
    id,
  };
  // Only a token that comes back byte for byte may be packed (this also refuses impossible dates
  // such as February 30th, which Date.parse would move to March).
  return birdToken(packed) === token ? packed : null;
}

/** Bird's token for packed parts. */
export function birdToken(parts: PackedToken): string {
  const whole = new Date(parts.seconds * 1000).toISOString().slice(0, 19);
  const fraction =
    parts.digits === 0 ? '' : `.${String(parts.fraction).padStart(parts.digits, '0')}`;
  return Buffer.from(JSON.stringify([`${whole}${fraction}Z`, parts.id])).toString('base64');
}

/** Writes packed parts (the digit count is the caller's to store: it fits in a flag nibble). */
export function writePackedToken(writer: ByteWriter, parts: PackedToken): void {
  writer.uint32(parts.seconds);
  if (parts.digits > 0) writer.uint32(parts.fraction);
  writer.id(parts.id);
}

/** Reads parts written by {@link writePackedToken}. */
export function readPackedToken(reader: ByteReader, digits: number): PackedToken {
  if (digits > 9) throw new Malformed('fraction digits');
  const seconds = reader.uint32();
  const fraction = digits > 0 ? reader.uint32() : 0;
  if (fraction >= 10 ** digits) throw new Malformed('fraction');
  return { seconds, digits, fraction, id: reader.id() };
}
