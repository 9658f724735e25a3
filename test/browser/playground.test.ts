/**
 * The playground in a real browser: Debian's headless Chromium, driven by playwright-core, opens the
 * page of a demo-mode gateway, runs the first example operation with the run button, and reads the
 * result on the page. It skips when Chromium is missing, except in CI (CI=true), where it must run.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../helpers/gateway.js';

const CHROMIUM = '/usr/bin/chromium';
const inCI = process.env.CI === 'true';
const skipReason =
  existsSync(CHROMIUM) || inCI
    ? null
    : `${CHROMIUM} is missing (apt-get install chromium); the browser test runs in CI (CI=true)`;
if (skipReason !== null) console.warn(`Skipping the browser test: ${skipReason}`);

/** Where the screenshot goes: outside the repository unless PLAYGROUND_SCREENSHOT says otherwise. */
const SCREENSHOT =
  process.env.PLAYGROUND_SCREENSHOT ?? join(tmpdir(), 'bird-gateway-playground.png');
const TIMEOUT = 90_000;

describe.skipIf(skipReason !== null)('playground in a browser', () => {
  let gw: TestGateway | undefined;
  let profile: string | undefined;
  let browser: BrowserContext | undefined;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) {
      throw new Error(`CI=true but ${CHROMIUM} is missing: install Debian's chromium package`);
    }
    gw = await startTestGateway();
    profile = await mkdtemp(join(tmpdir(), 'bird-gateway-chromium-'));
    browser = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
      viewport: { width: 1440, height: 900 },
    });
    page = browser.pages()[0] ?? (await browser.newPage());
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(message.text());
    });
  }, TIMEOUT);

  afterAll(async () => {
    await browser?.close();
    if (profile !== undefined) await rm(profile, { recursive: true, force: true });
    await gw?.close();
  });

  it(
    'runs the Inbox example against demo data and shows the conversations on the page',
    async () => {
      if (gw === undefined) throw new Error('the gateway did not start');
      const newest = await gw.queryText(
        '{ conversations(first: 1) { nodes { name } } }',
      );
      const name = newest.data?.conversations.nodes[0]?.name ?? '';
      expect(name).not.toBe('');

      await page.goto(new URL('/', gw.url).href);
      const run = page.locator('.graphiql-execute-button');
      await run.waitFor({ timeout: 30_000 });
      await expect.poll(() => page.locator('.graphiql-tab').allInnerTexts()).toContain('Inbox');
      const sent = page.waitForRequest(
        (r) => r.method() === 'POST' && (r.postData() ?? '').includes('"operationName":"Inbox"'),
      );
      await run.click();
      // The example's variables went with it (the tab opens with them filled in).
      expect((await sent).postData()).toContain('"variables":{"first":5}');

      const result = page.locator('.result-window');
      await expect
        .poll(() => result.innerText(), { timeout: 20_000 })
        .toContain(`"name": "${name}"`);
      expect(await result.innerText()).not.toContain('"errors"');
      await page.screenshot({ path: SCREENSHOT });
      console.info(`Playground screenshot: ${SCREENSHOT}`);
    },
    TIMEOUT,
  );

  it(
    'shows the schema’s documentation in the docs explorer',
    async () => {
      await page.getByRole('button', { name: 'Show Documentation Explorer' }).click();
      await page.locator('.graphiql-doc-explorer').getByText('Query', { exact: true }).click();

      await expect
        .poll(() => page.locator('.graphiql-doc-explorer').innerText(), { timeout: 10_000 })
        .toContain('Entry points for reading Bird conversations');
    },
    TIMEOUT,
  );

  it(
    'reopens the same example tabs after a reload, without duplicates',
    async () => {
      const tabs = await page.locator('.graphiql-tab').allInnerTexts();
      await page.reload();
      await page.locator('.graphiql-execute-button').waitFor({ timeout: 30_000 });

      await expect.poll(() => page.locator('.graphiql-tab').allInnerTexts()).toEqual(tabs);
      expect(await page.locator('.graphiql-editor-tool').innerText()).toContain('"first": 5');
    },
    TIMEOUT,
  );

  it('loads without script errors or Content-Security-Policy violations', () => {
    // Chromium reports CSP violations ("Refused to load / apply / execute ...") as console errors.
    expect(pageErrors).toEqual([]);
  });
});
