import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { topSelfTime } from '../profile.js';

function profileFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'bench-profile-'));
  const file = join(dir, 'test.cpuprofile');
  const frame = (functionName: string, url: string, lineNumber: number) => ({
    functionName,
    url,
    lineNumber,
    columnNumber: 0,
    scriptId: '1',
  });
  writeFileSync(
    file,
    JSON.stringify({
      nodes: [
        { id: 1, callFrame: frame('(root)', '', -1), hitCount: 0, children: [2, 3, 4] },
        {
          id: 2,
          callFrame: frame('parse', 'file:///repo/node_modules/graphql/parse.js', 9),
          hitCount: 30,
        },
        { id: 3, callFrame: frame('resolve', 'file:///repo/src/resolve.js', 4), hitCount: 10 },
        // The same function reached through another path: its hits add up.
        {
          id: 4,
          callFrame: frame('parse', 'file:///repo/node_modules/graphql/parse.js', 9),
          hitCount: 20,
        },
      ],
      startTime: 0,
      endTime: 60_000, // 60 ms over 60 samples: 1 ms per sample
      samples: Array.from({ length: 60 }, () => 2),
      timeDeltas: Array.from({ length: 60 }, () => 1000),
    }),
  );
  return file;
}

describe('topSelfTime', () => {
  it('ranks functions by hits times the sampling interval, summed per function and script', () => {
    const [first, second] = topSelfTime(profileFile(), '/repo');
    expect(first).toMatchObject({ functionName: 'parse', location: 'graphql/parse.js:10' });
    expect(first?.selfMs).toBeCloseTo(50);
    expect(first?.share).toBeCloseTo(50 / 60);
    expect(second).toMatchObject({ functionName: 'resolve', location: 'src/resolve.js:5' });
    expect(second?.selfMs).toBeCloseTo(10);
  });
});
