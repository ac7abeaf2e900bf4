import { chromium, type Browser, type Page } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { templates, type TemplateName } from '../../lib/email/templates';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../fixtures/chromium';
import { emailPayloads } from '../fixtures/email-payloads';

// Debian's Chromium with Playwright's flags (tests/fixtures/chromium.ts).
const launchOptions = { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS };

/** What Windows Mail and others do with word-break and overflow-wrap (caniemail: not supported): ignore them. */
const NO_BREAKING = '*{word-break:normal !important;overflow-wrap:normal !important;word-wrap:normal !important}';

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await chromium.launch(launchOptions);
  page = await browser.newPage({ viewport: { width: 320, height: 640 } });
}, 30_000);

afterAll(async () => {
  await browser?.close();
});

async function widthAt320(html: string, css?: string): Promise<number> {
  await page.setContent(html);
  if (css) await page.addStyleTag({ content: css });
  return page.evaluate(() => document.documentElement.scrollWidth);
}

describe('no email scrolls sideways on a 320 px phone (issue 15, part 7)', () => {
  it('the measure bites: a long address written out widens the page past 320 px once breaking is ignored', async () => {
    const address = 'https://app.example/personvern/innsyn?email=kari.nordmann.lang.adresse%40example.no';
    const html = `<!doctype html><html><head><meta name="viewport" content="width=device-width, initial-scale=1"></head><div style="padding:24px 12px"><p style="word-break:break-all">${address}</p></div></html>`;
    expect(await widthAt320(html)).toBeLessThanOrEqual(320);
    expect(await widthAt320(html, NO_BREAKING)).toBeGreaterThan(320);
  });

  for (const name of Object.keys(templates) as TemplateName[]) {
    for (const language of ['nb', 'en'] as const) {
      it(`${name} (${language}) fits 320 px, even where word-break is ignored`, async () => {
        const render = templates[name] as (p: unknown, l: 'nb' | 'en') => Promise<{ html: string }>;
        const { html } = await render(emailPayloads[name], language);
        expect(await widthAt320(html)).toBeLessThanOrEqual(320);
        expect(await widthAt320(html, NO_BREAKING)).toBeLessThanOrEqual(320);
      });
    }
  }
});
