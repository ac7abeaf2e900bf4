import { expect, test } from '@playwright/test';
import { SHORT_SESSION_URL } from '../../playwright.config';
import { ERIK, OLA, signInAndExpect } from './auth-helpers';
import { hasSessionCookie, HOUR, MARKER_COOKIE, MINUTE, mintSession, readSession, SESSION_COOKIE, type SessionToken } from './session-cookie';

// The main e2e server runs with the defaults (SESSION_IDLE_MINUTES and SESSION_MAX_HOURS unset).
const IDLE = 30 * MINUTE;
const MAX = 12 * HOUR;

test.describe('the server ends a session that has been idle too long or lasted too long (minted cookies, no waiting)', () => {
  let real: SessionToken;

  // A real session first (real user id and session version), then re-minted as if it were older.
  test.beforeEach(async ({ page, context }) => {
    await signInAndExpect(page, ERIK, /\/dashboard\/fjord$/);
    real = await readSession(context);
    expect(real.tenants).toEqual(['fjord']);
  });

  test('a session within both limits is kept, and a request slides its activity but not its sign-in time', async ({ page, context, baseURL }) => {
    const loginAt = Date.now() - (MAX - 10 * MINUTE);
    await mintSession(context, baseURL!, real, { loginAt, lastActivity: Date.now() - (IDLE - 2 * MINUTE) });
    const before = Date.now();
    await page.goto('/dashboard/fjord');
    await expect(page).toHaveURL(/\/dashboard\/fjord$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Fjord Consulting AS' })).toBeVisible();
    const slid = await readSession(context);
    expect(slid.loginAt).toBe(loginAt);
    expect(slid.lastActivity).toBeGreaterThanOrEqual(before);
  });

  test('idle past SESSION_IDLE_MINUTES: the next request goes to sign-in with reason=idle, keeps where we were, and the cookies are cleared', async ({ page, context, baseURL }) => {
    await test.step('in Norwegian', async () => {
      await mintSession(context, baseURL!, real, { loginAt: Date.now() - 2 * HOUR, lastActivity: Date.now() - (IDLE + MINUTE) });
      await page.goto('/dashboard/fjord/jobs');
      await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fdashboard%2Ffjord%2Fjobs&reason=idle$/);
      await expect(page.getByText('Du ble logget ut fordi du ikke har vært aktiv på en stund.')).toBeVisible();
      expect(await hasSessionCookie(context)).toBe(false);
      expect((await context.cookies()).map((c) => c.name)).not.toContain(MARKER_COOKIE);
    });
    await test.step('in English', async () => {
      await mintSession(context, baseURL!, real, { loginAt: Date.now() - 2 * HOUR, lastActivity: Date.now() - (IDLE + MINUTE) });
      await page.goto('/en/dashboard/fjord');
      await expect(page).toHaveURL(/\/en\/login\?callbackUrl=%2Fen%2Fdashboard%2Ffjord&reason=idle$/);
    });
  });

  test('past SESSION_MAX_HOURS, though active a minute ago: signed out with reason=expired', async ({ page, context, baseURL }) => {
    await mintSession(context, baseURL!, real, { loginAt: Date.now() - (MAX + MINUTE), lastActivity: Date.now() - MINUTE });
    await page.goto('/dashboard/fjord');
    await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fdashboard%2Ffjord&reason=expired$/);
    await expect(page.getByText('Økten din var utløpt')).toBeVisible();
    expect(await hasSessionCookie(context)).toBe(false);
  });
});

test.describe('the browser warns two minutes before the idle sign-out (browser clock, main server: 30 min idle)', () => {
  test('the warning appears at two minutes left, and “Forbli innlogget” keeps the session past the old deadline', async ({ page, context, baseURL }) => {
    await page.clock.install();
    await signInAndExpect(page, OLA, /\/dashboard\/acme$/);
    // The warning arms its deadline when it hydrates: let the page's scripts load before the clock moves.
    await page.waitForLoadState('networkidle');
    const real = await readSession(context);
    const dialog = page.getByRole('alertdialog');

    await test.step('not before two minutes are left', async () => {
      await page.clock.fastForward('27:50');
      await expect(page.getByRole('heading', { level: 1, name: 'Acme AS' })).toBeVisible();
      await expect(dialog).toBeHidden();
    });

    await test.step('at two minutes left: a dialog that says so, with the button focused', async () => {
      await page.clock.fastForward('00:10');
      await expect(dialog).toBeVisible();
      await expect(dialog).toHaveAccessibleName('Du blir snart logget ut');
      await expect(dialog).toHaveAccessibleDescription(/^Du har ikke vært aktiv på en stund\. Om 1[12]\d sekunder logger vi deg ut/);
      await expect(dialog.getByRole('button', { name: 'Forbli innlogget' })).toBeFocused();
    });

    await test.step('“Forbli innlogget”: the server refreshes the session and the dialog goes', async () => {
      // The server's view matches the browser's: the last request was 28 minutes ago.
      await mintSession(context, baseURL!, real, { loginAt: real.loginAt, lastActivity: Date.now() - 28 * MINUTE });
      const clicked = Date.now();
      await dialog.getByRole('button', { name: 'Forbli innlogget' }).click();
      await expect(dialog).toBeHidden();
      expect((await readSession(context)).lastActivity).toBeGreaterThanOrEqual(clicked);
    });

    await test.step('past the old deadline the page stays, and the next request is still signed in', async () => {
      await page.clock.fastForward('05:00');
      await page.clock.runFor(2_000);
      await expect(page).toHaveURL(/\/dashboard\/acme$/);
      await expect(dialog).toBeHidden();
      await page.reload();
      await expect(page).toHaveURL(/\/dashboard\/acme$/);
      await expect(page.getByRole('heading', { level: 1, name: 'Acme AS' })).toBeVisible();
    });
  });

  test('unanswered, the warning ends at the deadline on the sign-in page, saying why and keeping where we were', async ({ page }) => {
    await page.clock.install();
    await signInAndExpect(page, OLA, /\/dashboard\/acme$/);
    await page.goto('/dashboard/acme/jobs');
    // The warning arms its deadline when it hydrates (a slower server can hydrate after a fast-forward).
    await page.waitForLoadState('networkidle');
    await page.clock.fastForward('28:00');
    await expect(page.getByRole('alertdialog')).toBeVisible();
    await page.clock.fastForward('02:00');
    await expect(page).toHaveURL(/\/login\?reason=idle&callbackUrl=%2Fdashboard%2Facme%2Fjobs$/);
    await expect(page.getByText('Du ble logget ut fordi du ikke har vært aktiv på en stund.')).toBeVisible();
  });
});

test.describe('real time, once (the short-session server: 30 s idle)', () => {
  const base = SHORT_SESSION_URL;

  test('an idle browser drops the session cookie at the idle limit, and the next request is told why', async ({ page, context }) => {
    test.setTimeout(90_000);
    await signInAndExpect(page, ERIK, /\/dashboard\/fjord$/, undefined, base);
    // The warning shows two minutes before the idle sign-out (here: at once).
    await expect(page.getByRole('alertdialog')).toBeVisible();
    const cookie = (await context.cookies(base)).find((c) => c.name === SESSION_COOKIE)!;
    // The cookie lives for the idle limit from the response that last set it.
    const left = cookie.expires * 1000 - Date.now();
    expect(left).toBeGreaterThan(20_000);
    expect(left).toBeLessThanOrEqual(30_000);
    // Wait on the browser itself: the cookie is gone at its expiry (polled, with 15 s to spare), not a fixed sleep.
    await expect.poll(() => hasSessionCookie(context), { timeout: left + 15_000, intervals: [1_000] }).toBe(false);
    // Whether the client timer or this request gets there first, the server decides.
    await page.goto(`${base}/dashboard/fjord`);
    await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fdashboard%2Ffjord&reason=idle$/);
    await expect(page.getByText('Du ble logget ut fordi du ikke har vært aktiv på en stund.')).toBeVisible();
  });
});
