import { describe, expect, it } from 'vitest';
import { GraphQLError } from 'graphql';
import { CursorCodec } from '../../src/pagination/cursor.js';

const codec = new CursorCodec('a-test-secret-that-is-long-enough-for-hmac');
const position = { pageToken: 'WyJ3b3Jrc3BhY2Ui', limit: 20, offset: 7, anchor: 'c0ffee' };

function code(run: () => unknown): unknown {
  try {
    run();
    return 'accepted';
  } catch (err) {
    return err instanceof GraphQLError ? err.extensions.code : err;
  }
}

describe('CursorCodec', () => {
  it('round-trips a position', () => {
    expect(
      codec.decode('ws\u0000conversations', codec.encode('ws\u0000conversations', position)),
    ).toEqual(position);
  });

  it('rejects a cursor signed for another collection or workspace', () => {
    const cursor = codec.encode('ws-a\u0000conversations', position);

    expect(code(() => codec.decode('ws-b\u0000conversations', cursor))).toBe('BAD_USER_INPUT');
    expect(code(() => codec.decode('ws-a\u0000messages', cursor))).toBe('BAD_USER_INPUT');
  });

  it('rejects a cursor signed with another secret', () => {
    const other = new CursorCodec('another-secret-that-is-long-enough-too');

    expect(code(() => codec.decode('s', other.encode('s', position)))).toBe('BAD_USER_INPUT');
  });

  it('rejects every single-character alteration', () => {
    const cursor = codec.encode('s', position);
    for (let i = 0; i < cursor.length; i += 1) {
      const altered = cursor.slice(0, i) + (cursor[i] === 'A' ? 'B' : 'A') + cursor.slice(i + 1);
      if (altered !== cursor)
        expect(
          code(() => codec.decode('s', altered)),
          `position ${i}`,
        ).toBe('BAD_USER_INPUT');
    }
  });

  it('rejects oversized and malformed input without throwing anything else', () => {
    for (const bad of ['', '.', 'abc', 'a.b.c', 'x'.repeat(20_000), '\u0000.\u0000']) {
      expect(code(() => codec.decode('s', bad))).toBe('BAD_USER_INPUT');
    }
  });
});

describe('CursorCodec packing', () => {
  const birdToken = (time: string, id: string) =>
    Buffer.from(JSON.stringify([time, id])).toString('base64');
  const id = '0f54908989b1b7790f54908989b1b779'.replace(
    /(.{8})(.{4})(.{4})(.{4})(.{12})/,
    '$1-$2-$3-$4-$5',
  );

  it('keeps a page-boundary cursor over a Bird token under 60 characters', () => {
    const pageToken = birdToken('2026-11-30T10:12:13.123456789Z', id);
    const cursor = codec.encode('ws\u0000conversations', {
      pageToken,
      limit: 0,
      offset: 0,
      anchor: null,
    });

    expect(pageToken.length).toBeGreaterThan(80);
    expect(cursor.length).toBeLessThanOrEqual(60);
    expect(codec.decode('ws\u0000conversations', cursor).pageToken).toBe(pageToken);
  });

  it('keeps a cursor inside a later page, anchored on a participant, within 100 characters', () => {
    const position = {
      pageToken: birdToken('2026-11-30T10:12:13.123456789Z', id),
      limit: 100,
      offset: 99,
      anchor: `contact:${id}`,
    };
    const cursor = codec.encode('s', position);

    expect(cursor.length).toBeLessThanOrEqual(100);
    expect(codec.decode('s', cursor)).toEqual(position);
  });

  it.each([
    ['a fraction of another width', birdToken('2026-11-30T10:12:13.120Z', id)],
    ['no fraction', birdToken('2026-11-30T10:12:13Z', id)],
    ['a non-UUID id', birdToken('2026-11-30T10:12:13.5Z', 'conv_01HX')],
    ['an impossible date', birdToken('2026-02-30T10:12:13.1Z', id)],
    ['another shape', Buffer.from('["ws",1700000000000,"abc"]').toString('base64url')],
    ['an uppercase UUID', birdToken('2026-11-30T10:12:13.1Z', id.toUpperCase())],
    ['a kind that is not one', birdToken('2026-11-30T10:12:13.1Z', `Contact:${id}`)],
    ['text that is not base64', 'not base64 at all: ünïcode'],
  ])('gives back a token with %s exactly', (_, pageToken) => {
    const position = { pageToken, limit: 20, offset: 3, anchor: `contact:${id}` };

    expect(codec.decode('s', codec.encode('s', position))).toEqual(position);
  });

  it('refuses a cursor in the old format', () => {
    const old = `${Buffer.from(JSON.stringify([null, 10, 3, 'a'])).toString('base64url')}.abcd`;

    expect(code(() => codec.decode('s', old))).toBe('BAD_USER_INPUT');
  });
});
