import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (path: string) => JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'));

describe('DEP5: Auth.js v5 is a prerelease in maintenance mode, so exactly one reviewed beta is used', () => {
  it('DEP5: package.json names the exact beta (a caret on a prerelease would take later betas), and the lock file and node_modules agree', () => {
    const wanted = read('package.json').dependencies['next-auth'];
    expect(wanted).toMatch(/^\d+\.\d+\.\d+-beta\.\d+$/);
    const lock = read('package-lock.json');
    expect(lock.packages[''].dependencies['next-auth']).toBe(wanted);
    expect(lock.packages['node_modules/next-auth'].version).toBe(wanted);
    expect(read('node_modules/next-auth/package.json').version).toBe(wanted);
  });
});
