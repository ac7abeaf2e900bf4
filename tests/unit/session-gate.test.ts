import { describe, expect, it } from 'vitest';
import type { SessionClaims } from '../../lib/auth/session-policy';
import { decide, PRIVATE_PATHS, SESSION_PATHS } from '../../lib/edge/session-gate';

const ORIGIN = 'https://app.example';
const limits = { idleMs: 30 * 60_000, maxMs: 12 * 3_600_000 };
const now = Date.UTC(2026, 11, 1, 12);
const claims = (over: Partial<SessionClaims> = {}): SessionClaims => ({
  uid: '00000000-0000-4000-8000-000000000001',
  sv: 1,
  loginAt: now - 60_000,
  lastActivity: now - 1_000,
  tenants: ['acme'],
  staff: false,
  mustEnrolMfa: false,
  ...over,
});
const request = (pathname: string, over: Partial<{ search: string; marker: string; action: boolean }> = {}) => ({ pathname, search: '', marker: undefined, action: false, ...over });

describe('the session gate in middleware (decisions, without Next or Auth.js)', () => {
  it('sends a visitor without a session to the sign-in page of the same language, keeping where they were', () => {
    const d = decide(request('/en/dashboard/acme/jobs', { search: '?page=2' }), null, ORIGIN, now, limits);
    expect(d.kind).toBe('login');
    const url = new URL((d as { location: string }).location);
    expect(url.origin).toBe(ORIGIN);
    expect(url.pathname).toBe('/en/login');
    expect(url.searchParams.get('callbackUrl')).toBe('/en/dashboard/acme/jobs?page=2');
    expect(url.searchParams.has('reason')).toBe(false);
  });

  it('tells idle from expired by the marker cookie: recent sign-in → idle, past the absolute limit → expired', () => {
    const idle = decide(request('/dashboard', { marker: String(now - 3_600_000) }), null, ORIGIN, now, limits);
    expect(new URL((idle as { location: string }).location).searchParams.get('reason')).toBe('idle');
    const expired = decide(request('/dashboard', { marker: String(now - 13 * 3_600_000) }), null, ORIGIN, now, limits);
    expect(new URL((expired as { location: string }).location).searchParams.get('reason')).toBe('expired');
    const garbage = decide(request('/dashboard', { marker: 'x' }), null, ORIGIN, now, limits);
    expect(new URL((garbage as { location: string }).location).searchParams.has('reason')).toBe(false);
  });

  it('sends staff without a second factor to enrolment, except on their own account pages', () => {
    const staff = claims({ staff: true, mustEnrolMfa: true, tenants: [] });
    expect(decide(request('/dashboard/acme'), staff, ORIGIN, now, limits)).toEqual({ kind: 'enrol-mfa', location: `${ORIGIN}/dashboard/account/security` });
    expect(decide(request('/en/dashboard'), staff, ORIGIN, now, limits)).toEqual({ kind: 'enrol-mfa', location: `${ORIGIN}/en/dashboard/account/security` });
    expect(decide(request('/dashboard/account/security'), staff, ORIGIN, now, limits).kind).toBe('pass');
  });

  it('answers a tenant the token does not list with the ordinary 404, a bare 404 for a server action', () => {
    expect(decide(request('/en/dashboard/fjord/jobs'), claims(), ORIGIN, now, limits)).toEqual({ kind: 'not-found', locale: 'en', action: false });
    expect(decide(request('/dashboard/fjord', { action: true }), claims(), ORIGIN, now, limits)).toEqual({ kind: 'not-found', locale: 'nb', action: true });
  });

  it('/admin: the ordinary 404 for visitors and non-staff alike (no sign-in redirect), enrolment for staff without a second factor, through for staff with one', () => {
    for (const path of ['/admin', '/admin/tenants/x', '/en/admin']) {
      const locale = path.startsWith('/en') ? 'en' : 'nb';
      expect(decide(request(path), null, ORIGIN, now, limits), path).toEqual({ kind: 'not-found', locale, action: false });
      // Even with the marker of an earlier session: "idle" would say the page exists.
      expect(decide(request(path, { marker: String(now - 3_600_000) }), null, ORIGIN, now, limits), path).toEqual({ kind: 'not-found', locale, action: false });
      expect(decide(request(path), claims(), ORIGIN, now, limits), path).toEqual({ kind: 'not-found', locale, action: false });
    }
    expect(decide(request('/admin', { action: true }), claims(), ORIGIN, now, limits)).toEqual({ kind: 'not-found', locale: 'nb', action: true });
    expect(decide(request('/en/admin'), claims({ staff: true, mustEnrolMfa: true, tenants: [] }), ORIGIN, now, limits)).toEqual({ kind: 'enrol-mfa', location: `${ORIGIN}/en/dashboard/account/security` });
    expect(decide(request('/admin'), claims({ staff: true, tenants: [] }), ORIGIN, now, limits)).toEqual({ kind: 'pass', marker: now - 60_000 });
    // Not a prefix match: /administration is someone else's path.
    expect(decide(request('/administration'), null, ORIGIN, now, limits)).toEqual({ kind: 'pass', marker: null });
  });

  it('lets a member through and keeps the marker at the sign-in time; public pages pass without a session', () => {
    expect(decide(request('/dashboard/acme/applications'), claims(), ORIGIN, now, limits)).toEqual({ kind: 'pass', marker: now - 60_000 });
    expect(decide(request('/dashboard/account/security'), claims(), ORIGIN, now, limits).kind).toBe('pass');
    expect(decide(request('/careers/acme'), null, ORIGIN, now, limits)).toEqual({ kind: 'pass', marker: null });
  });

  it('runs Auth.js only on session paths, and marks sign-in and dashboard pages private', () => {
    for (const p of ['/dashboard', '/en/dashboard/acme', '/admin', '/admin/tenants']) expect(SESSION_PATHS.test(p), p).toBe(true);
    for (const p of ['/', '/login', '/en/login', '/careers/acme', '/personvern', '/dashboards']) expect(SESSION_PATHS.test(p), p).toBe(false);
    for (const p of ['/login', '/en/login/reset', '/dashboard/acme']) expect(PRIVATE_PATHS.test(p), p).toBe(true);
    for (const p of ['/', '/careers/acme/job', '/en/about']) expect(PRIVATE_PATHS.test(p), p).toBe(false);
  });
});
