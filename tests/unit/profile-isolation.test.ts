import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Personprofilen's data is read in a closed list of places (issue 16: excluded from every statistic, never used to
 * sort, filter or rank). A new reader of the tables, or of the employer's view, must be added here on purpose.
 */
const root = path.resolve(__dirname, '../..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sources(full);
    return /\.(ts|tsx)$/.test(name) ? [full] : [];
  });
}

const files = ['app', 'components', 'lib', 'db'].flatMap((d) => sources(path.join(root, d)));
const using = (pattern: RegExp) =>
  files
    .filter((f) => pattern.test(readFileSync(f, 'utf8')))
    .map((f) => path.relative(root, f))
    .sort();

describe('Personprofilen is read only where it is shown', () => {
  it('only the profile module, its schema and the candidate export touch the profile tables or portal functions', () => {
    expect(using(/applicationProfiles|applicationProfileSharing|application_profiles|application_profile_sharing|portal_profile/)).toEqual([
      'db/schema/profiles.ts',
      'lib/profile/candidate.ts',
      'lib/profile/employer.ts',
      'lib/profile/portal.ts',
    ]);
  });

  it('the employer sees it in one place, the application detail page, and no list, statistic or export page asks for it', () => {
    expect(using(/openSharedProfile/)).toEqual(['app/[locale]/dashboard/[tenant]/applications/[applicationId]/page.tsx', 'lib/profile/employer.ts']);
    expect(using(/lib\/profile\//).filter((f) => f.startsWith('lib/analytics') || f.includes('statistics') || f.startsWith('lib/pipeline'))).toEqual([]);
  });
});
