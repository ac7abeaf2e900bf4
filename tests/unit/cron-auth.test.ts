import { describe, expect, it } from 'vitest';
import { bearerMatches } from '../../lib/server/cron-auth';

describe('cron endpoints need the bearer CRON_SECRET', () => {
  const secret = 'cron-secret-0123456789abcdef';
  it('accepts exactly the configured secret', () => {
    expect(bearerMatches(`Bearer ${secret}`, secret)).toBe(true);
  });
  it('refuses a wrong, partial, missing or differently-schemed secret', () => {
    expect(bearerMatches(`Bearer ${secret}x`, secret)).toBe(false);
    expect(bearerMatches(`Bearer ${secret.slice(0, -1)}`, secret)).toBe(false);
    expect(bearerMatches(null, secret)).toBe(false);
    expect(bearerMatches(`Basic ${secret}`, secret)).toBe(false);
  });
  it('refuses everything when no secret is configured', () => {
    expect(bearerMatches('Bearer ', undefined)).toBe(false);
    expect(bearerMatches('Bearer anything', '')).toBe(false);
  });
});
