/**
 * A tiny binary writer and reader for cursor payloads: unsigned varints, fixed 32-bit integers,
 * ids (a lowercase UUID as its 16 bytes, optionally after a `kind:`; anything else as UTF-8 text)
 * and length-prefixed text.
 * The reader throws `Malformed` on any truncated or out-of-range input, so the cursor codec can
 * turn every decoding failure into one typed error.
 */

/** Thrown by {@link ByteReader} when the input does not hold what was asked for. */
export class Malformed extends Error {
  override readonly name = 'Malformed';
}

const UUID_TEXT = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const UUID = new RegExp(`^${UUID_TEXT}$`);
const KINDED_UUID = new RegExp(`^([a-z_]{1,32}):(${UUID_TEXT})$`);
/** Larger varints are refused: no position needs them, and it bounds the reader's work. */
const MAX_VARINT = 2 ** 31 - 1;

/** Appends values to a growing list of bytes. */
export class ByteWriter {
  private readonly bytes: number[] = [];

  byte(value: number): this {
    this.bytes.push(value & 0xff);
    return this;
  }

  varint(value: number): this {
    if (!Number.isInteger(value) || value < 0 || value > MAX_VARINT) {
      throw new RangeError(`varint out of range: ${value}`);
    }
    let rest = value;
    while (rest >= 0x80) {
      this.bytes.push((rest & 0x7f) | 0x80);
      rest = Math.floor(rest / 0x80);
    }
    this.bytes.push(rest);
    return this;
  }

  uint32(value: number): this {
    const buffer = Buffer.alloc(4);
    buffer.writeUInt32BE(value);
    this.bytes.push(...buffer);
    return this;
  }

  /** Length-prefixed UTF-8 text. */
  text(value: string): this {
    const encoded = Buffer.from(value, 'utf8');
    this.varint(encoded.length);
    this.bytes.push(...encoded);
    return this;
  }

  /**
   * An id. Tag 0: a lowercase UUID (Bird's ids) as 16 bytes; tag 1: `<kind>:<UUID>` (a
   * participant's anchor) as the kind's text and 16 bytes; tag n >= 2: n - 2 bytes of UTF-8 text.
   */
  id(value: string): this {
    const kinded = KINDED_UUID.exec(value);
    if (UUID.test(value)) {
      this.varint(0);
    } else if (kinded?.[1] !== undefined && kinded[2] !== undefined) {
      this.varint(1).text(kinded[1]);
      value = kinded[2];
    } else {
      const encoded = Buffer.from(value, 'utf8');
      this.varint(encoded.length + 2);
      this.bytes.push(...encoded);
      return this;
    }
    this.bytes.push(...Buffer.from(value.replaceAll('-', ''), 'hex'));
    return this;
  }

  toBuffer(): Buffer {
    return Buffer.from(this.bytes);
  }
}

/** Reads values in the order a {@link ByteWriter} wrote them. */
export class ByteReader {
  private offset = 0;

  constructor(private readonly buffer: Buffer) {}

  get done(): boolean {
    return this.offset === this.buffer.length;
  }

  byte(): number {
    const value = this.buffer[this.offset];
    if (value === undefined) throw new Malformed('truncated');
    this.offset += 1;
    return value;
  }

  varint(): number {
    let value = 0;
    for (let shift = 0; shift < 35; shift += 7) {
      const b = this.byte();
      value += (b & 0x7f) * 2 ** shift;
      if ((b & 0x80) === 0) {
        if (value > MAX_VARINT) throw new Malformed('varint out of range');
        return value;
      }
    }
    throw new Malformed('varint too long');
  }

  uint32(): number {
    return this.take(4).readUInt32BE(0);
  }

  text(): string {
    return this.utf8(this.varint());
  }

  id(): string {
    const tag = this.varint();
    if (tag >= 2) return this.utf8(tag - 2);
    const kind = tag === 1 ? this.text() : null;
    if (kind !== null && !/^[a-z_]{1,32}$/.test(kind)) throw new Malformed('id kind');
    const hex = this.take(16).toString('hex');
    const uuid = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
    return kind === null ? uuid : `${kind}:${uuid}`;
  }

  private utf8(length: number): string {
    const bytes = this.take(length);
    const text = bytes.toString('utf8');
    // Refuse byte sequences that are not the UTF-8 of any string: one cursor, one spelling.
    if (!Buffer.from(text, 'utf8').equals(bytes)) throw new Malformed('not UTF-8');
    return text;
  }

  private take(length: number): Buffer {
    if (this.offset + length > this.buffer.length) throw new Malformed('truncated');
    const slice = this.buffer.subarray(this.offset, this.offset + length);
    this.offset += length;
    return slice;
  }
}
