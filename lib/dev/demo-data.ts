import 'server-only';
import { createHash, randomUUID } from 'node:crypto';
import { and, count, eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { withSystem, withTenant } from '@/db/doors';
import { applicationFiles, applications, jobs, memberships, tenants, users } from '@/db/schema';
import { hashPassword } from '@/lib/auth/password';
import { settings } from '@/lib/settings/env';
import { createSubscription } from '@/lib/subscriptions/changes';
import { minimalPdf } from './demo-pdf';

export const DEMO_PASSWORD = 'demo-password-123';

type SeedJob = Omit<typeof jobs.$inferInsert, 'tenantId'>;

const daysFromNow = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

const demoTenants: Array<{
  slug: string;
  name: string;
  /** Made up, valid by the mod-11 rule; starting with 1 or 2, so never one Brønnøysund has issued (8 or 9). */
  orgNumber: string;
  intro: string;
  plan: 'trial' | 'team';
  people: Array<{ email: string; name: string; role: 'owner' | 'recruiter' }>;
  jobs: SeedJob[];
}> = [
  {
    slug: 'acme',
    name: 'Acme AS',
    orgNumber: '100000008',
    plan: 'team',
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
    orgNumber: '200000005',
    plan: 'trial',
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
/**
 * A second staff member, also without a second factor at first: the e2e tests enrol this one (tests/e2e/admin.spec.ts),
 * so admin@ stays the staff member who must enrol before anything else (tests/e2e/auth.spec.ts).
 */
const supportStaff = { email: 'support@seerecruit.test', name: 'Siri Support' };

/**
 * Demo data from CONTRACT.md, through the same doors as the product: the
 * platform's own rows (tenants, people, memberships) through the system door,
 * each employer's jobs and applications through its tenant door (the system
 * role may not touch candidates' data). Idempotent: running it twice changes nothing.
 */
export async function seedDemoData(): Promise<{ created: boolean }> {
  if (settings().NODE_ENV === 'production') {
    throw new Error('Refusing to seed demo data when NODE_ENV=production.');
  }
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const { created, tenantIds } = await withSystem('demo-data', async (tx) => {
    const existing = await tx.select({ id: tenants.id, slug: tenants.slug }).from(tenants).where(eq(tenants.slug, 'acme'));
    if (existing.length > 0) {
      const all = await tx.select({ id: tenants.id, slug: tenants.slug }).from(tenants);
      return { created: false, tenantIds: new Map(all.map((t) => [t.slug, t.id])) };
    }
    await tx.insert(users).values([staff, supportStaff].map((p) => ({ email: p.email, name: p.name, passwordHash, isStaff: true })));
    const ids = new Map<string, string>();
    for (const t of demoTenants) {
      // A database seeded before drizzle/0041 keeps null numbers: nobody may change a tenant's number afterwards.
      const [tenant] = await tx.insert(tenants).values({ slug: t.slug, name: t.name, orgNumber: t.orgNumber, intro: t.intro }).returning();
      ids.set(t.slug, tenant!.id);
      for (const person of t.people) {
        const [user] = await tx.insert(users).values({ email: person.email, name: person.name, passwordHash }).onConflictDoNothing().returning();
        if (user) await tx.insert(memberships).values({ tenantId: tenant!.id, userId: user.id, role: person.role });
      }
      // Acme pays for Team, Fjord is on the trial (CONTRACT.md's demo data; the subscription page shows both).
      await createSubscription(tx, { tenantId: tenant!.id }, { kind: 'system' }, t.plan);
    }
    return { created: true, tenantIds: ids };
  });
  let applicationsAdded = false;
  for (const t of demoTenants) {
    const tenantId = tenantIds.get(t.slug);
    if (!tenantId) continue;
    applicationsAdded = (await withTenant({ tenantId }, async (tx) => {
      if (created) {
        const now = new Date();
        await tx.insert(jobs).values(t.jobs.map((j) => ({ ...j, tenantId, publishedAt: j.status === 'draft' ? null : now, filledAt: j.status === 'filled' ? now : null })));
      }
      return seedDemoApplications(tx, t.slug, tenantId);
    })) || applicationsAdded;
  }
  return { created: created || applicationsAdded };
}

const demoApplicants: Array<{ tenant: string; job: string; fullName: string; birthDate: string; email: string; phone: string; language: 'nb' | 'en'; letter: string }> = [
  { tenant: 'acme', job: 'backend-utvikler', fullName: 'Kari Nordmann', birthDate: '1991-04-12', email: 'kari.nordmann@example.no', phone: '+4791234567', language: 'nb', letter: 'Jeg har jobbet med TypeScript og Postgres i seks år, og vil gjerne lage verktøy for håndverkere.' },
  { tenant: 'acme', job: 'backend-utvikler', fullName: 'Jonas Haugen', birthDate: '1987-09-30', email: 'jonas.haugen@example.no', phone: '+4741234567', language: 'nb', letter: 'Erfaren utvikler fra logistikkbransjen, vant med store datamengder.' },
  { tenant: 'acme', job: 'produktdesigner', fullName: 'Ingrid Solberg', birthDate: '1995-02-03', email: 'ingrid.solberg@example.no', phone: '+4792345678', language: 'nb', letter: 'Designer med bakgrunn fra snekkerfaget. Jeg kjenner brukerne deres fra innsiden.' },
  { tenant: 'acme', job: 'kundeservice-sommer', fullName: 'Emma Larsen', birthDate: '2004-06-18', email: 'emma.larsen@example.no', phone: '+4793456789', language: 'nb', letter: 'Student på BI, ledig hele sommeren.' },
  { tenant: 'fjord', job: 'senior-radgiver', fullName: 'Per Olsen', birthDate: '1979-11-05', email: 'per.olsen@example.no', phone: '+4794567890', language: 'nb', letter: 'Har ledet digitaliseringsprosjekter i tre kommuner på Vestlandet.' },
  { tenant: 'fjord', job: 'data-engineer', fullName: 'Aisha Khan', birthDate: '1993-01-22', email: 'aisha.khan@example.com', phone: '+447911123456', language: 'en', letter: 'Data engineer with five years of Spark and dbt, moving to Bergen this spring.' },
  { tenant: 'fjord', job: 'trainee', fullName: 'Sindre Berg', birthDate: '2000-08-14', email: 'sindre.berg@example.no', phone: '+4795678901', language: 'nb', letter: 'Nyutdannet master i informatikk fra UiB.' },
];

/** Demo applications with small generated CVs, in the tenant's own door; only added when the tenant has none yet. */
async function seedDemoApplications(tx: Tx, slug: string, tenantId: string): Promise<boolean> {
  const tenant = { id: tenantId };
  const [{ n }] = (await tx.select({ n: count() }).from(applications).where(eq(applications.tenantId, tenant.id))) as [{ n: number }];
  if (Number(n) > 0) return false;
  let created = false;
  {
    for (const [i, a] of demoApplicants.filter((x) => x.tenant === slug).entries()) {
      const [job] = await tx.select({ id: jobs.id }).from(jobs).where(and(eq(jobs.tenantId, tenant.id), eq(jobs.slug, a.job)));
      if (!job) continue;
      const submittedAt = new Date(Date.now() - (i + 1) * 26 * 3_600_000);
      const [row] = await tx
        .insert(applications)
        .values({
          tenantId: tenant.id,
          jobId: job.id,
          reference: `SR-DEMO-${slug === 'acme' ? 'A' : 'F'}${String(i + 1).padStart(3, '0')}`,
          fullName: a.fullName,
          birthDate: a.birthDate,
          email: a.email,
          phone: a.phone,
          coverLetter: a.letter,
          language: a.language,
          idempotencyKey: randomUUID(),
          consentedAt: submittedAt,
          submittedAt,
        })
        .returning({ id: applications.id });
      const pdf = minimalPdf(`CV - ${a.fullName}`);
      await tx.insert(applicationFiles).values({
        tenantId: tenant.id,
        applicationId: row!.id,
        fileName: `CV ${a.fullName}.pdf`,
        contentType: 'application/pdf',
        size: pdf.byteLength,
        sha256: createHash('sha256').update(pdf).digest('hex'),
        content: pdf,
      });
      created = true;
    }
  }
  return created;
}
