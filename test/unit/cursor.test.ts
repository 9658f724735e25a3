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
