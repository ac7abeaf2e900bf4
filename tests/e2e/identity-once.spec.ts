import { expect, test, type APIRequestContext } from '@playwright/test';
import { ANNA, signInAndExpect } from './auth-helpers';

// Counts are per server process and cumulative: the test reads them before and after one view.
async function doors(request: APIRequestContext): Promise<Record<string, number>> {
  const response = await request.get('/api/dev/doors');
  expect(response.status()).toBe(200);
  return ((await response.json()) as { doors: Record<string, number> }).doors;
}

const delta = (before: Record<string, number>, after: Record<string, number>, key: string) => (after[key] ?? 0) - (before[key] ?? 0);

test.describe('a dashboard view asks the database who the user is once', () => {
  test('two layouts and the page share one identity query (React cache)', async ({ page }) => {
    await signInAndExpect(page, ANNA, /\/dashboard\/acme$/);
    for (const path of ['/dashboard/acme', '/dashboard/acme/jobs', '/dashboard/acme/applications', '/dashboard/acme/team']) {
      const before = await doors(page.request);
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      const after = await doors(page.request);
      // Each layout (dashboard, tenant) and the page check the session and the membership;
      // without the per-request cache this was five system transactions.
      expect(delta(before, after, 'system:identity'), path).toBe(1);
    }
  });
});
