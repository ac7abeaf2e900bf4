import 'server-only';
import { z } from 'zod';
import { writeAudit } from '@/lib/auth/audit';
import { requestCandidateLink } from '@/lib/candidate/request-link';
import type { StaffCtx } from './staff';

/** The support route (privacy policy): the address she wrote from, and the language of the email she gets. */
export const supportLinkInput = z.object({
  email: z.string({ error: 'supportEmail' }).trim().max(320, { error: 'supportEmail' }).pipe(z.email({ error: 'supportEmail' })),
  language: z.enum(['nb', 'en'], { error: 'supportLanguage' }),
});
export type SupportLinkInput = z.infer<typeof supportLinkInput>;

/**
 * Staff send the candidate's own verified-request link to the address she wrote from: the same link, the same
 * 30 minutes and the same per-address limit as the form. Staff learn nothing from it (the answer is the same
 * whether we hold anything) and never see her page. The security log says which staff member sent one, not to whom.
 */
export async function sendSupportLink(staff: StaffCtx, input: SupportLinkInput): Promise<void> {
  await requestCandidateLink({ email: input.email, locale: input.language, origin: 'staff' });
  await writeAudit({ event: 'staff_candidate_link_sent', userId: staff.userId, detail: { language: input.language } });
}
