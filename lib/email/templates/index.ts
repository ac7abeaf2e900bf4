import { accountTemplates } from './account';
import { candidateTemplates } from './candidate';

export const templates = { ...candidateTemplates, ...accountTemplates };
export type TemplateName = keyof typeof templates;
export type TemplatePayload<T extends TemplateName> = Parameters<(typeof templates)[T]>[0];
