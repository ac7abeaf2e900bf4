import { eq } from 'drizzle-orm';
import { hashPassword } from '../lib/auth/password';
import type { DbHandle } from './client';
import { withSystem } from './doors';
import { jobs, memberships, tenants, users } from './schema';

export const DEMO_PASSWORD = 'demo-password-123';

type SeedJob = Omit<typeof jobs.$inferInsert, 'tenantId'>;

const daysFromNow = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

const demoTenants: Array<{
  slug: string;
  name: string;
  intro: string;
  people: Array<{ email: string; name: string; role: 'owner' | 'recruiter' }>;
  jobs: SeedJob[];
}> = [
  {
    slug: 'acme',
    name: 'Acme AS',
    intro: 'Acme lager verktøy for norske håndverkere. Vi er 120 ansatte i Oslo og Trondheim.',
    people: [
      { email: 'anna@acme.test', name: 'Anna Berg', role: 'owner' },
      { email: 'ola@acme.test', name: 'Ola Nordmann', role: 'recruiter' },
    ],
    jobs: [
      { slug: 'backend-utvikler', title: 'Backend-utvikler', place: 'Oslo', employmentType: 'permanent', status: 'published', closesOn: daysFromNow(30), description: 'Vi søker en **backend-utvikler** som vil bygge tjenestene bak verktøyene våre.\n\n- TypeScript og Postgres\n- Fleksibel hjemmekontorordning\n- Gode pensjonsvilkår' },
      { slug: 'produktdesigner', title: 'Produktdesigner', place: 'Trondheim', employmentType: 'permanent', status: 'published', closesOn: daysFromNow(21), description: 'Bli med og form brukeropplevelsen for tusenvis av håndverkere.\n\n- Brukertesting i felt\n- Figma og prototyper' },
      { slug: 'kundeservice-sommer', title: 'Kundeservicemedarbeider (sommer)', place: 'Oslo', employmentType: 'temporary', status: 'published', closesOn: daysFromNow(14), description: 'Sommerjobb i kundeservice, juni til august. Passer for studenter.' },
      { slug: 'lagerleder', title: 'Lagerleder', place: 'Oslo', employmentType: 'permanent', status: 'filled', closesOn: daysFromNow(-20), description: 'Stillingen er besatt.' },
    ],
  },
  {
    slug: 'fjord',
    name: 'Fjord Consulting AS',
    intro: 'Fjord Consulting hjelper offentlige virksomheter med digitalisering, fra Bergen.',
    people: [{ email: 'erik@fjord.test', name: 'Erik Fjell', role: 'owner' }],
    jobs: [
      { slug: 'senior-radgiver', title: 'Seniorrådgiver digitalisering', place: 'Bergen', employmentType: 'permanent', status: 'published', closesOn: daysFromNow(25), description: 'Du leder prosjekter hos kommuner og etater på Vestlandet.' },
      { slug: 'data-engineer', title: 'Data Engineer', place: 'Bergen', employmentType: 'permanent', status: 'published', closesOn: daysFromNow(40), language: 'en', description: 'Build data platforms for public-sector clients. English is our working language.' },
      { slug: 'trainee', title: 'Trainee 2027', place: 'Bergen / Stavanger', employmentType: 'internship', status: 'published', closesOn: daysFromNow(60), description: 'Et år med rotasjon mellom tre prosjekter, med fast stilling etterpå.' },
      { slug: 'prosjektleder', title: 'Prosjektleder', place: 'Bergen', employmentType: 'permanent', status: 'filled', closesOn: daysFromNow(-10), description: 'Stillingen er besatt.' },
    ],
  },
];

const staff = { email: 'admin@seerecruit.test', name: 'SeeRecruit Admin' };

/** Demo data from CONTRACT.md. Idempotent: running it twice changes nothing. */
export async function seedDemoData(handle: DbHandle): Promise<{ created: boolean }> {
  if (process.env.NODE_ENV === 'production') {
    throw new Error('Refusing to seed demo data when NODE_ENV=production.');
  }
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  return withSystem(
    'seed demo data',
    async (tx) => {
      const existing = await tx.select({ id: tenants.id }).from(tenants).where(eq(tenants.slug, 'acme'));
      if (existing.length > 0) return { created: false };

      await tx.insert(users).values({ email: staff.email, name: staff.name, passwordHash, isStaff: true });
      for (const t of demoTenants) {
        const [tenant] = await tx.insert(tenants).values({ slug: t.slug, name: t.name, intro: t.intro }).returning();
        for (const person of t.people) {
          const [user] = await tx
            .insert(users)
            .values({ email: person.email, name: person.name, passwordHash })
            .onConflictDoNothing()
            .returning();
          if (user) await tx.insert(memberships).values({ tenantId: tenant!.id, userId: user.id, role: person.role });
        }
        const now = new Date();
        await tx.insert(jobs).values(
          t.jobs.map((j) => ({
            ...j,
            tenantId: tenant!.id,
            publishedAt: j.status === 'draft' ? null : now,
            filledAt: j.status === 'filled' ? now : null,
          })),
        );
      }
      return { created: true };
    },
    handle.db,
  );
}
