/**
 * The playground in a real browser: Debian's headless Chromium, driven by playwright-core, opens the
 * page of a demo-mode gateway, runs the first example operation with the run button, and reads the
 * result on the page. It skips when Chromium is missing, except in CI (CI=true), where it must run.
 */
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { graphql } from '../gql/index.js';
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

const INBOX_NAME = graphql(`
  query BrowserNewestName {
    conversations(first: 1) {
      nodes {
        name
      }
    }
  }
`);

const LIVE_REPLY = graphql(`
  mutation BrowserLiveReply($input: ReplyToConversationInput!) {
    replyToConversation(input: $input) {
      message {
        id
      }
    }
  }
`);
/**
 * Opens the LiveInbox tab and presses run in the same moment its text reaches the editor (page
 * code, as a string: the tests compile without the DOM's types).
 */
const RUN_LIVE_INBOX_AT_ONCE = `new Promise((resolve, reject) => {
  const editor = document.querySelector('.graphiql-query-editor');
  const run = document.querySelector('.graphiql-execute-button');
  const tab = [...document.querySelectorAll('.graphiql-tab')]
    .find((t) => t.textContent.includes('LiveInbox'));
  if (!editor || !run || !tab) return reject(new Error('no LiveInbox tab or run button'));
  const observer = new MutationObserver(() => {
    if (!editor.textContent.includes('subscription LiveInbox')) return;
    observer.disconnect();
    run.click();
    resolve();
  });
  observer.observe(editor, { childList: true, subtree: true, characterData: true });
  tab.querySelector('.graphiql-tab-button').click();
})`;
const CONVERSATIONS = z.object({
  results: z.array(z.object({ id: z.string(), status: z.string() })),
});

describe.skipIf(skipReason !== null)('playground in a browser', () => {
  let gw: TestGateway | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) {
      throw new Error(`CI=true but ${CHROMIUM} is missing: install Debian's chromium package`);
    }
    gw = await startTestGateway();
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
  }, TIMEOUT);

  afterAll(async () => {
    await browser?.close();
    await gw?.close();
  });

  /**
   * A fresh browser context (empty storage) on the playground, loaded: each test starts from
   * nothing and collects its own script errors.
   */
  async function openPlayground(): Promise<{ page: Page; errors: string[]; url: string }> {
    if (gw === undefined || browser === undefined) throw new Error('the gateway did not start');
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(new URL('/', gw.url).href);
    await page.locator('.graphiql-execute-button').waitFor({ timeout: 30_000 });
    await expect.poll(() => page.locator('.graphiql-tab').allInnerTexts()).toContain('Inbox');
    return { page, errors, url: gw.url };
  }

  it(
    'runs the Inbox example against demo data and shows the conversations on the page',
    async () => {
      if (gw === undefined) throw new Error('the gateway did not start');
      const newest = await gw.query(INBOX_NAME);
      const name = newest.data?.conversations.nodes[0]?.name ?? '';
      expect(name).not.toBe('');
      const { page } = await openPlayground();

      const sent = page.waitForRequest(
        (r) => r.method() === 'POST' && (r.postData() ?? '').includes('"operationName":"Inbox"'),
      );
      await page.locator('.graphiql-execute-button').click();
      // The example's variables went with it (the tab opens with them filled in).
      expect((await sent).postData()).toContain('"variables":{"first":5}');

      const result = page.locator('.result-window');
      await expect
        .poll(() => result.innerText(), { timeout: 20_000 })
        .toContain(`"name": "${name}"`);
      expect(await result.innerText()).not.toContain('"errors"');
      await page.screenshot({ path: SCREENSHOT });
      console.info(`Playground screenshot: ${SCREENSHOT}`);
      await page.context().close();
    },
    TIMEOUT,
  );

  it(
    'shows the schema’s documentation in the docs explorer',
    async () => {
      const { page } = await openPlayground();

      await page.getByRole('button', { name: 'Show Documentation Explorer' }).click();
      await page.locator('.graphiql-doc-explorer').getByText('Query', { exact: true }).click();

      await expect
        .poll(() => page.locator('.graphiql-doc-explorer').innerText(), { timeout: 10_000 })
        .toContain('Entry points for reading Bird conversations');
      await page.context().close();
    },
    TIMEOUT,
  );

  it(
    'reopens the same example tabs after a reload, without duplicates',
    async () => {
      const { page } = await openPlayground();
      const tabs = await page.locator('.graphiql-tab').allInnerTexts();

      await page.reload();
      await page.locator('.graphiql-execute-button').waitFor({ timeout: 30_000 });

      await expect.poll(() => page.locator('.graphiql-tab').allInnerTexts()).toEqual(tabs);
      expect(await page.locator('.graphiql-editor-tool').innerText()).toContain('"first": 5');
      await page.context().close();
    },
    TIMEOUT,
  );

  it(
    'loads and runs an example without script errors or Content-Security-Policy violations',
    async () => {
      const { page, errors } = await openPlayground();
      await page.locator('.graphiql-execute-button').click();
      await expect
        .poll(() => page.locator('.result-window').innerText(), { timeout: 20_000 })
        .toContain('"conversations"');

      // Chromium reports CSP violations ("Refused to load / apply / execute ...") as console errors.
      expect(errors).toEqual([]);
      await page.context().close();
    },
    TIMEOUT,
  );

  it(
    'runs the Live inbox subscription over a WebSocket and shows a reply sent elsewhere',
    async () => {
      if (gw === undefined) throw new Error('the gateway did not start');
      const gateway = gw;
      const { page, errors } = await openPlayground();
      // Run the moment the tab's text is in the editor, as a quick user would: GraphiQL learns the
      // new operation's name only after a 100 ms debounce, so the run still carries the previous
      // tab's name ("Inbox"). The playground must pick the transport and the operation from the
      // text itself, not send a subscription over plain POST.
      await page.evaluate(RUN_LIVE_INBOX_AT_ONCE);
      await expect.poll(() => gateway.gateway.subscriptions.size, { timeout: 20_000 }).toBe(1);

      const list = await gateway.rest(CONVERSATIONS, 'GET', '/conversations?limit=50');
      const active = list.body.results.find((c) => c.status === 'active');
      if (active === undefined) throw new Error('the seed has no active conversation');
      const sent = await gateway.query(LIVE_REPLY, {
        input: {
          conversationId: active.id,
          participantId: gateway.simulator.tenants[0]?.accessKeyId ?? '',
          participantType: 'ACCESS_KEY',
          body: { text: { text: 'Seen live in the playground' } },
          addMissingParticipants: true,
        },
      });
      expect(sent.errors).toBeUndefined();

      await expect
        .poll(() => page.locator('.result-window').innerText(), { timeout: 20_000 })
        .toContain('Seen live in the playground');
      expect(errors).toEqual([]);
      await page.context().close();
    },
    TIMEOUT,
  );
});
