import type { EmailTemplate } from './types';

// Employer account emails (password reset, invitations): owned by the sign-in area.
export const accountTemplates = {} satisfies Record<string, EmailTemplate<never>>;
