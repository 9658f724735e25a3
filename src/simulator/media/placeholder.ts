import { deflateSync } from 'node:zlib';

/** Bytes and content type of a seeded media file. */
export interface PlaceholderMedia {
  readonly bytes: Uint8Array;
  readonly contentType: string;
}

const SIZE = 64;

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/**
 * What the simulator serves for seeded media (Bird would serve the customer's file): a real image
 * for image names, so an `<img>` renders it, and a typed stand-in for everything else.
 */
export function placeholderMedia(name: string): PlaceholderMedia {
  const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
  switch (extension) {
    case 'jpg':
    case 'jpeg':
    case 'png':
    case 'gif':
    case 'webp':
      // One real PNG for every image kind: browsers sniff image bytes whatever the extension says.
      return { bytes: PNG, contentType: 'image/png' };
    case 'pdf':
      return { bytes: Buffer.from(MINIMAL_PDF), contentType: 'application/pdf' };
    case 'ogg':
      return { bytes: Buffer.from('OggS'), contentType: 'audio/ogg' };
    case 'mp4':
      return { bytes: Buffer.from('\0\0\0\x18ftypmp42'), contentType: 'video/mp4' };
    default:
      return { bytes: Buffer.from(name), contentType: 'application/octet-stream' };
  }
}

const MINIMAL_PDF =
  '%PDF-1.1\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
  '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 100]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n';

/** A 64×64 RGB PNG: a Bird-blue square with a lighter diagonal band. */
const PNG = buildPng();

function buildPng(): Uint8Array {
  const rows: number[] = [];
  for (let y = 0; y < SIZE; y++) {
    rows.push(0); // filter: none
    for (let x = 0; x < SIZE; x++) {
      const band = Math.abs(x - y) < 8;
      rows.push(band ? 120 : 35, band ? 170 : 98, 250);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(SIZE, 0);
  header.writeUInt32BE(SIZE, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit, truecolour, deflate, no filter, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.from(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length, 0);
  const typed = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed), 0);
  return Buffer.concat([length, typed, crc]);
}

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = (CRC_TABLE[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
