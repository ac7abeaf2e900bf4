import { test as base, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from '@playwright/test';
import { ANNA, DEMO_PASSWORD, ERIK, OLA, signInAndExpect } from './auth-helpers';

export { expect } from '@playwright/test';

interface Members {
  /** Anna Berg, owner at Acme, signed in through the form in her own browser context. */
  annaPage: Page;
  /** Ola Nordmann, recruiter at Acme, likewise. */
  olaPage: Page;
  /** Erik, owner at Fjord (the other employer), likewise. */
  erikPage: Page;
  /** A page in a fresh, signed-out context of its own: a candidate's browser. */
  visitorPage: Page;
  /** Sign anyone in (a person invited during the test, say) in a new context; closed after the test. */
  signInAs: (email: string, password?: string, home?: RegExp) => Promise<Page>;
  /** The project's context options (viewport, touch, baseURL), so extra contexts look like `page`'s. */
  memberContextOptions: BrowserContextOptions;
}

/** Contexts opened for one test, closed when it ends (traces and videos are saved by the runner). */
async function withContexts(browser: Browser, options: BrowserContextOptions, provide: (open: () => Promise<Page>) => Promise<void>) {
  const opened: BrowserContext[] = [];
  await provide(async () => {
    const context = await browser.newContext(options);
    opened.push(context);
    return context.newPage();
  });
  for (const context of opened) await context.close();
}

const member = (email: string, home: RegExp) =>
  async ({ browser, memberContextOptions }: { browser: Browser; memberContextOptions: BrowserContextOptions }, provide: (page: Page) => Promise<void>) => {
    await withContexts(browser, memberContextOptions, async (open) => {
      const page = await open();
      await signInAndExpect(page, email, home);
      await provide(page);
    });
  };

/**
 * Signed-in members as fixtures: each test that names `annaPage` (or
 * `olaPage`, `erikPage`) gets that person signed in through the real form,
 * in a browser context of their own, so sessions never mix.
 */
export const test = base.extend<Members>({
  memberContextOptions: async ({ baseURL, viewport, hasTouch, isMobile, userAgent, deviceScaleFactor, javaScriptEnabled, locale }, provide) => {
    await provide({ baseURL, viewport, hasTouch, isMobile, userAgent, deviceScaleFactor, javaScriptEnabled, locale });
  },
  annaPage: member(ANNA, /\/dashboard\/acme$/),
  olaPage: member(OLA, /\/dashboard\/acme$/),
  erikPage: member(ERIK, /\/dashboard\/fjord$/),
  visitorPage: async ({ browser, memberContextOptions }, provide) => {
    await withContexts(browser, memberContextOptions, async (open) => provide(await open()));
  },
  signInAs: async ({ browser, memberContextOptions }, provide) => {
    await withContexts(browser, memberContextOptions, async (open) =>
      provide(async (email, password = DEMO_PASSWORD, home = /\/dashboard\//) => {
        const page = await open();
        await signInAndExpect(page, email, home, password);
        return page;
      }),
    );
  },
});
