import 'server-only';
import { strToU8, Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import type { Locale } from '@/i18n/routing';
import { downloadFileName } from '@/lib/applications/file-names';
import { portalProfiles, type PortalProfile } from '@/lib/profile/portal';
import { logPortalExport, portalApplications, portalFile, type PortalApplication } from './portal';

const LEGAL_BASIS = {
  nb: 'Du sendte søknaden selv. Arbeidsgiveren behandler den for å vurdere deg til stillingen (personvernforordningen art. 6 nr. 1 bokstav b, tiltak før en avtale inngås), og SeeRecruit lagrer den på arbeidsgiverens vegne som databehandler. Denne kopien er din rett etter art. 15 (innsyn) og art. 20 (dataportabilitet).',
  en: 'You sent the application yourself. The employer processes it to consider you for the position (GDPR Art. 6(1)(b), steps at your request before entering into a contract), and SeeRecruit stores it on the employer’s behalf as its processor. This copy is your right under Art. 15 (access) and Art. 20 (data portability).',
} as const;

const ABOUT = {
  nb: 'Alt SeeRecruit har om søknadene du har sendt med denne e-postadressen, hos alle arbeidsgivere: søknaden slik du sendte den, vedleggene (i mappen files/), rettelsene dine, status over tid, hvem hos arbeidsgiveren som har åpnet, lastet ned eller eksportert den, og når den slettes; og personprofilen hvis du fylte den ut (hvert svar, resultatet og når du delte den eller trakk delingen tilbake). Arbeidsgiverens egne notater og vurderinger er ikke med.',
  en: 'Everything SeeRecruit holds about the applications you sent with this email address, to every employer: each application as you sent it, its attachments (in the files/ folder), your corrections, its status over time, who at the employer opened, downloaded or exported it, and when it will be deleted; and, if you filled it in, your work-style profile (every answer, the result, and when you shared or withdrew it). The employer’s own notes and ratings are not included.',
} as const;

/** The JSON document: every field of every application, with the file paths inside the ZIP. */
export function exportDocument(apps: PortalApplication[], locale: Locale, paths: Map<string, string>, profiles: readonly PortalProfile[] = []) {
  const profileOf = new Map(profiles.map((p) => [`${p.tenantId}:${p.applicationId}`, p]));
  return {
    exportedAt: new Date().toISOString(),
    about: ABOUT[locale],
    legalBasis: LEGAL_BASIS[locale],
    applications: apps.map((a) => ({
      employer: a.employerName,
      job: a.jobTitle,
      reference: a.reference,
      submittedAt: a.submittedAt,
      status: a.status,
      statusHistory: a.statusHistory,
      deletionOn: a.deletionOn,
      legalHoldUntil: a.heldUntil,
      application: a.fields,
      files: a.files.map((f) => ({ ...f, path: paths.get(`${a.tenantId}:${f.id}`) })),
      corrections: a.corrections,
      accessLog: a.access.map((l) => ({ action: l.action, by: l.name, seeRecruitStaff: l.staff, at: l.at })),
      workStyleProfile: profileFor(profileOf.get(`${a.tenantId}:${a.id}`)),
    })),
  };
}

/** Personprofilen as held: her answers, the result computed from them, and each share or withdrawal. */
function profileFor(p: PortalProfile | undefined) {
  if (!p) return null;
  return { language: p.language, startedAt: p.startedAt, completedAt: p.completedAt, answers: p.answers, result: p.scores, sharedWithEmployerSince: p.sharedAt, sharing: p.sharing };
}

/**
 * Her copy as a streamed ZIP (fflate's streaming Zip: one file's bytes in memory at a time, never the whole
 * archive): seerecruit-data.json and the original files, byte for byte. Null without a live session. Logged
 * (an audit line with the number of applications, nothing else) before the first byte.
 */
export async function candidateExportStream(sessionToken: string, locale: Locale): Promise<ReadableStream<Uint8Array> | null> {
  const apps = await portalApplications(sessionToken);
  if (!apps) return null;
  const profiles = (await portalProfiles(sessionToken)) ?? [];
  await logPortalExport(sessionToken);

  const paths = new Map<string, string>();
  const used = new Set<string>();
  for (const a of apps) {
    for (const f of a.files) {
      // Our name (safe base, sniffed extension), never the uploaded one; unique also where case does not count.
      let name = `files/${a.reference}/${downloadFileName(f.fileName, f.contentType)}`;
      for (let i = 2; used.has(name.toLowerCase()); i++) name = `files/${a.reference}/${i}-${downloadFileName(f.fileName, f.contentType)}`;
      used.add(name.toLowerCase());
      paths.set(`${a.tenantId}:${f.id}`, name);
    }
  }

  return new ReadableStream<Uint8Array>({
    async start(controller) {
      const zip = new Zip((error, chunk, final) => {
        if (error) return controller.error(error);
        controller.enqueue(chunk);
        if (final) controller.close();
      });
      try {
        const json = new ZipDeflate('seerecruit-data.json', { level: 6 });
        zip.add(json);
        json.push(strToU8(JSON.stringify(exportDocument(apps, locale, paths, profiles), null, 2)), true);
        for (const a of apps) {
          for (const f of a.files) {
            // Stored as they came (PDFs and Word files are compressed already).
            const entry = new ZipPassThrough(paths.get(`${a.tenantId}:${f.id}`)!);
            zip.add(entry);
            entry.push(await portalFile(sessionToken, a.tenantId, f.id), true);
          }
        }
        zip.end();
      } catch (error) {
        controller.error(error);
      }
    },
  });
}
