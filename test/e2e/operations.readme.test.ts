/**
 * The examples of the README and of docs/*.md, run as written: every shell block that talks to the
 * gateway at http://localhost:4000 runs in bash against a fresh demo-mode gateway (the URL swapped
 * for the test gateway's), and every `# → text` line under a command must appear in the output, in
 * order. The client-typing page must show test/client/codegen.client.ts as it is.
 */
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../src/graphql/errors.js';
import { startTestGateway, type TestGateway } from '../helpers/gateway.js';

const run = promisify(execFile);
const REPO = fileURLToPath(new URL('../../', import.meta.url));
const DOCS = [
  'README.md',
  ...readdirSync(`${REPO}docs`)
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];
const read = (file: string) => readFileSync(`${REPO}${file}`, 'utf8');
const README_URL = 'http://localhost:4000';
/** Codes Apollo Server emits itself, for documents it cannot parse or validate. */
const APOLLO_CODES = ['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED'];

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

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens. */
const anchor = (heading: string) =>
  heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N} _-]/gu, '')
    .replaceAll(' ', '-');

/** Whether a relative link from `file` reaches an existing file, and its `#heading` if it has one. */
function linkResolves(file: string, target: string): boolean {
  const [path = '', hash] = target.split('#', 2);
  const resolved = path === '' ? file : join(dirname(file), path);
  if (!existsSync(`${REPO}${resolved}`)) return false;
  if (hash === undefined) return true;
  const headings = [...read(resolved).matchAll(/^#+ (.+)$/gm)].map((m) => anchor(m[1] ?? ''));
  return headings.includes(hash);
}

interface Example {
  readonly file: string;
  readonly text: string;
}

/** Shell examples against a running demo gateway (not the ones that install or start it). */
const examples: Example[] = DOCS.flatMap((file) =>
  codeBlocks(read(file))
    .filter((b) => b.language === 'sh' && b.text.includes(README_URL) && !/\bnpm\b/.test(b.text))
    .map((b) => ({ file, text: b.text })),
);
const examplesIn = (file: string) => examples.filter((e) => e.file === file);

/** What the page says each block prints, in order. */
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
if (skipReason !== null)
  console.warn(`Skipping the shell examples of the README and docs: ${skipReason}`);

describe('README and docs', () => {
  it('have shell examples for the first query, the example operations and persisted queries', () => {
    expect(examplesIn('README.md').length).toBeGreaterThanOrEqual(1);
    expect(examplesIn('docs/operations.md').length).toBeGreaterThanOrEqual(1);
    expect(examplesIn('docs/persisted-queries.md').length).toBeGreaterThanOrEqual(2);
  });

  it('say what every shell example prints', () => {
    const silent = examples.filter((e) => expectations(e.text).length === 0);
    expect(silent.map((e) => `${e.file}: ${e.text.split('\n')[0] ?? ''}`)).toEqual([]);
  });

  it('link only to files and headings that exist', () => {
    const broken = DOCS.flatMap((file) =>
      [...read(file).matchAll(/\]\(([^)\s]+)\)/g)]
        .map((m) => m[1] ?? '')
        .filter((target) => !/^[a-z]+:/.test(target))
        .filter((target) => !linkResolves(file, target))
        .map((target) => `${file} -> ${target}`),
    );
    expect(broken).toEqual([]);
  });

  it("draw every file and folder at the top of src/ in the README's map, and nothing else", () => {
    const map = codeBlocks(read('README.md')).find((b) => b.text.startsWith('src/\n'));
    const drawn = [...(map?.text ?? '').matchAll(/^[├└]── (\S+)/gm)].map((m) => m[1] ?? '');
    const present = readdirSync(`${REPO}src`, { withFileTypes: true }).map((entry) =>
      entry.isDirectory() ? `${entry.name}/` : entry.name,
    );
    expect(drawn.toSorted()).toEqual(present.toSorted());
  });

  it('list every error code the gateway emits, one line each, and no other', () => {
    const expected = [...ERROR_CODES, ...APOLLO_CODES].toSorted();
    const listed = (markdown: string, line: RegExp) =>
      [...markdown.matchAll(line)].flatMap((m) => (m[1] ?? '').match(/[A-Z_]+/g) ?? []).toSorted();

    expect(listed(read('README.md'), /^- ((?:`[A-Z_]+`(?:, )?)+):/gm)).toEqual(expected);
    expect(listed(read('docs/errors.md'), /^\| ((?:`[A-Z_]+`(?:, )?)+) +\|/gm)).toEqual(expected);
  });

  it('show the client codegen config exactly as test/client/codegen.client.ts has it', () => {
    const file = readFileSync(new URL('../client/codegen.client.ts', import.meta.url), 'utf8');
    const code = file.slice(file.indexOf('import type'));
    const blocks = codeBlocks(read('docs/client-typing.md'));

    expect(blocks.some((b) => b.language === 'ts' && b.text === code)).toBe(true);
  });
});

describe.skipIf(skipReason !== null)('README and docs shell examples against demo mode', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway();
  });
  afterAll(() => gw.close());
  beforeEach(() => {
    gw.simulator.reset();
  });

  it.each(examples.map((e) => [e.file, e.text.split('\n')[0] ?? '', e.text]))(
    '%s: the block starting %s prints what the page says',
    async (_file, _first, text) => {
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
