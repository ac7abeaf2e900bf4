import { accountTemplates } from './account';
import { candidateTemplates } from './candidate';
import { workflowTemplates } from './workflow';

export const templates = { ...candidateTemplates, ...accountTemplates, ...workflowTemplates };
export type TemplateName = keyof typeof templates;
export type TemplatePayload<T extends TemplateName> = Parameters<(typeof templates)[T]>[0];
