import { expect, test } from '@playwright/test';
import { SHORT_SESSION_URL } from '../../playwright.config';
import { ERIK, OLA, signInAndExpect } from './auth-helpers';

// These run against the second server started with SESSION_IDLE_MINUTES=0.5 and
// SESSION_MAX_HOURS=0.015 (30 s idle, 54 s absolute). They wait on purpose.
const base = SHORT_SESSION_URL;

test.describe('sessions end after inactivity and after their full length', () => {
  test.describe.configure({ timeout: 150_000 });

  test('idle for longer than SESSION_IDLE_MINUTES: signed out, told why, and the form keeps where we were', async ({ page }) => {
    await signInAndExpect(page, ERIK, /\/dashboard\/fjord$/, undefined, base);
    // The warning shows two minutes before the idle sign-out (here: at once).
    await expect(page.getByRole('alertdialog')).toBeVisible();
    await page.waitForTimeout(32_000);
    // Whether the client timer or the next request gets there first, the server
    // decides: a fresh request after the limit goes to the sign-in page.
    await page.goto(`${base}/dashboard/fjord`);
    await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fdashboard%2Ffjord&reason=idle$/);
    await expect(page.getByText('Du ble logget ut fordi du ikke har vært aktiv på en stund.')).toBeVisible();
  });

  test('“stay signed in” keeps an active person signed in past the idle limit', async ({ page }) => {
    await signInAndExpect(page, OLA, /\/dashboard\/acme$/, undefined, base);
    for (let i = 0; i < 2; i++) {
      await page.waitForTimeout(18_000);
      await page.getByRole('button', { name: 'Forbli innlogget' }).click();
    }
    // 36 s after signing in, longer than the 30 s idle limit, still in.
    await page.goto(`${base}/dashboard/acme`);
    await expect(page).toHaveURL(/\/dashboard\/acme$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Acme AS' })).toBeVisible();
  });

  test('activity does not stretch a session past SESSION_MAX_HOURS', async ({ page }) => {
    await signInAndExpect(page, ERIK, /\/dashboard\/fjord$/, undefined, base);
    // Keep clicking around every 12 s: never idle, but the absolute limit still ends it.
    let url = '';
    for (let i = 0; i < 6; i++) {
      await page.waitForTimeout(12_000);
      await page.goto(`${base}/dashboard/fjord`);
      url = page.url();
      if (url.includes('/login')) break;
    }
    expect(url).toMatch(/\/login\?callbackUrl=%2Fdashboard%2Ffjord&reason=expired$/);
    await expect(page.getByText('Økten din var utløpt')).toBeVisible();
  });
});
