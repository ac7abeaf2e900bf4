import type { EmailTemplate } from './types';

// Candidate emails (application received, stage changes): owned by the candidate area.
export const candidateTemplates = {} satisfies Record<string, EmailTemplate<never>>;
