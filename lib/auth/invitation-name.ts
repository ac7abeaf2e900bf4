import { cleanName } from '@/lib/privacy/clean-text';
import { findSensitiveNumber } from '@/lib/privacy/sensitive-numbers';

/**
 * The name a new member types when accepting an invitation, as stored (no
 * control characters, single spaces), or why it is refused. It is shown to
 * the whole team and in audit lines, so like every other free-text field it
 * goes through the sensitive-number guard (review L6). Pure: testable alone.
 */
export function invitationName(raw: string): { ok: true; name: string } | { ok: false; reason: 'nameRequired' | 'sensitiveNumber' } {
  const name = cleanName(raw);
  if (!name) return { ok: false, reason: 'nameRequired' };
  if (findSensitiveNumber(name)) return { ok: false, reason: 'sensitiveNumber' };
  return { ok: true, name };
}
