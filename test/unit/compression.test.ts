import { describe, expect, it } from 'vitest';
import { negotiateEncoding } from '../../src/http/compression.js';
import { ifNoneMatch } from '../../src/http/etag.js';

describe('negotiateEncoding', () => {
  it.each([
    [undefined, null],
    ['', null],
    ['identity', null],
    ['deflate', null],
    ['gzip', 'gzip'],
    ['x-gzip', 'gzip'],
    ['br', 'br'],
    ['gzip, deflate, br', 'br'],
    ['gzip;q=1.0, br;q=1', 'br'],
    ['gzip;q=0.9, br;q=0.5', 'gzip'],
    ['br;q=0, gzip', 'gzip'],
    ['BR;Q=0, GZIP', 'gzip'],
    ['gzip;q=0, br;q=0', null],
    ['*', 'br'],
    ['*;q=0.5, br;q=0', 'gzip'],
    ['gzip;q=0, *;q=0', null],
    ['gzip;q=garbage', 'gzip'],
  ])('picks %j as %j', (header, expected) => {
    expect(negotiateEncoding(header)).toBe(expected);
  });
});

describe('ifNoneMatch', () => {
  const etag = 'W/"abc"';

  it.each([
    [undefined, false],
    ['W/"abc"', true],
    ['"abc"', true],
    ['"x", W/"abc"', true],
    ['*', true],
    ['W/"abd"', false],
    ['abc', false],
  ])('compares %j weakly: %j', (header, expected) => {
    expect(ifNoneMatch(header, etag)).toBe(expected);
  });
});
