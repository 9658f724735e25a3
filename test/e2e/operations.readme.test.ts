/**
 * The README's examples, run as written: every shell block that talks to the gateway at
 * http://localhost:4000 runs in bash against a fresh demo-mode gateway (the URL swapped for the test
 * gateway's), and every `# → text` line under a command must appear in the output, in order. The
 * client-typing section must show test/client/codegen.client.ts as it is.
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../helpers/gateway.js';

const run = promisify(execFile);
const REPO = fileURLToPath(new URL('../../', import.meta.url));
const README = readFileSync(new URL('README.md', `file://${REPO}`), 'utf8');
const README_URL = 'http://localhost:4000';

interface CodeBlock {
  readonly language: string;
  readonly text: string;
}

/** Fenced code blocks, including indented ones inside list items, dedented. */
function codeBlocks(markdown: string): CodeBlock[] {
  return [...markdown.matchAll(/^( *)```(\w*)\n([\s\S]*?)^\1```/gm)].map((m) => {
    const indent = m[1] ?? '';
    const text = (m[3] ?? '')
      .split('\n')
      .map((line) => (line.startsWith(indent) ? line.slice(indent.length) : line))
      .join('\n');
    return { language: m[2] ?? '', text };
  });
}

/** Shell examples against a running demo gateway (not the ones that install or start it). */
const examples = codeBlocks(README).filter(
  (b) => b.language === 'sh' && b.text.includes(README_URL) && !/\bnpm\b/.test(b.text),
);

/** What the README says each block prints, in order. */
const expectations = (text: string) =>
  text
    .split('\n')
    .filter((line) => line.startsWith('# → '))
    .map((line) => line.slice('# → '.length));

const tools = ['bash', 'curl', 'sha256sum'].filter(
  (tool) => !['/usr/bin', '/bin'].some((dir) => existsSync(`${dir}/${tool}`)),
);
const skipReason =
  tools.length === 0 || process.env.CI === 'true' ? null : `missing ${tools.join(', ')}`;
if (skipReason !== null) console.warn(`Skipping the README's shell examples: ${skipReason}`);

describe('README', () => {
  it('has shell examples for the first query, the example operations and persisted queries', () => {
    expect(examples.length).toBeGreaterThanOrEqual(4);
    expect(examples.every((b) => expectations(b.text).length > 0)).toBe(true);
  });

  it('shows the client codegen config exactly as test/client/codegen.client.ts has it', () => {
    const file = readFileSync(new URL('../client/codegen.client.ts', import.meta.url), 'utf8');
    const code = file.slice(file.indexOf('import type'));

    expect(codeBlocks(README).some((b) => b.language === 'ts' && b.text === code)).toBe(true);
  });
});

describe.skipIf(skipReason !== null)('README shell examples against demo mode', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway();
  });
  afterAll(() => gw.close());
  beforeEach(() => {
    gw.simulator.reset();
  });

  it.each(examples.map((b) => [b.text.split('\n')[0] ?? '', b.text]))(
    'the block starting %s prints what the README says',
    async (_first, text) => {
      const base = new URL(gw.url).origin;
      const script = text.replaceAll(README_URL, base);

      const { stdout } = await run('bash', ['-euo', 'pipefail', '-c', script], {
        cwd: REPO,
        timeout: 30_000,
      });

      let from = 0;
      for (const expected of expectations(text)) {
        const at = stdout.indexOf(expected, from);
        expect(at, `"${expected}" after offset ${from} in:\n${stdout}`).toBeGreaterThanOrEqual(0);
        from = at + expected.length;
      }
    },
    60_000,
  );
});
