/**
 * A gateway media link in a real browser: Debian's headless Chromium, driven by playwright-core,
 * renders an `<img>` whose `src` is the gateway's `mediaUrl` of a demo image message (Bird's own URL
 * needs the access key, which an `<img>` cannot send). Skips when Chromium is missing, except in CI.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../helpers/gateway.js';
import { findImageMessage, imageUrls } from '../helpers/media.js';

const CHROMIUM = '/usr/bin/chromium';
const inCI = process.env.CI === 'true';
const skipReason =
  existsSync(CHROMIUM) || inCI
    ? null
    : `${CHROMIUM} is missing (apt-get install chromium); the browser test runs in CI (CI=true)`;
if (skipReason !== null) console.warn(`Skipping the media browser test: ${skipReason}`);
const TIMEOUT = 90_000;

describe.skipIf(skipReason !== null)('media links in a browser', () => {
  let gw: TestGateway | undefined;
  let profile: string | undefined;
  let browser: BrowserContext | undefined;

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) {
      throw new Error(`CI=true but ${CHROMIUM} is missing: install Debian's chromium package`);
    }
    gw = await startTestGateway();
    profile = await mkdtemp(join(tmpdir(), 'bird-gateway-chromium-media-'));
    browser = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
  }, TIMEOUT);

  afterAll(async () => {
    await browser?.close();
    if (profile !== undefined) await rm(profile, { recursive: true, force: true });
    await gw?.close();
  });

  it(
    'renders an <img> of a demo image message from its gateway mediaUrl',
    async () => {
      if (gw === undefined || browser === undefined) throw new Error('set-up failed');
      const image = await findImageMessage(gw);
      const link = (await imageUrls(gw, image)).mediaUrl;
      const page = browser.pages()[0] ?? (await browser.newPage());
      // A page on the gateway's origin, as the playground or an app's web view would be.
      await page.goto(new URL('/healthz', gw.url).href);

      // The test's tsconfig has no DOM types: the page scripts are strings.
      await page.setContent(`<img id="link" src="${link}"><img id="bird" src="${image.birdUrl}">`);
      await page.waitForFunction('[...document.images].every((img) => img.complete)', undefined, {
        timeout: 30_000,
      });
      const width: unknown = await page.evaluate('document.getElementById("link").naturalWidth');
      const birdWidth: unknown = await page.evaluate(
        'document.getElementById("bird").naturalWidth',
      );

      expect(link).toMatch(/^\/media\//);
      expect(width).toBeGreaterThan(0);
      // Bird's own URL does not render without the key: the link is what makes it work.
      expect(birdWidth).toBe(0);
    },
    TIMEOUT,
  );
});
