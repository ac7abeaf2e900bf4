import { cleanName, hasControlCharacters, looksLikeLink } from '@/lib/privacy/clean-text';
import { findSensitiveNumber } from '@/lib/privacy/sensitive-numbers';

/**
 * The name a new member types when accepting an invitation, as stored (no
 * control characters, single spaces), or why it is refused. It is shown to
 * the whole team and in audit lines, so like every other free-text field it
 * goes through the sensitive-number guard (review L6). Pure: testable alone.
 */
export const INVITATION_NAME_PROBLEMS = ['nameRequired', 'sensitiveNumber', 'controlCharacters', 'nameLink'] as const;
export type InvitationNameProblem = (typeof INVITATION_NAME_PROBLEMS)[number];

export function invitationName(raw: string): { ok: true; name: string } | { ok: false; reason: InvitationNameProblem } {
  // Refused rather than cleaned (review M7), and no links: the name is the inviter's in later invitation emails (L10).
  if (hasControlCharacters(raw)) return { ok: false, reason: 'controlCharacters' };
  const name = cleanName(raw);
  if (!name) return { ok: false, reason: 'nameRequired' };
  if (findSensitiveNumber(name)) return { ok: false, reason: 'sensitiveNumber' };
  if (looksLikeLink(name)) return { ok: false, reason: 'nameLink' };
  return { ok: true, name };
}
