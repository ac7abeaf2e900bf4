import { accountTemplates } from './account';
import { candidateTemplates } from './candidate';
import { retentionTemplates } from './retention';
import { workflowTemplates } from './workflow';

export const templates = { ...candidateTemplates, ...accountTemplates, ...workflowTemplates, ...retentionTemplates };
export type TemplateName = keyof typeof templates;
export type TemplatePayload<T extends TemplateName> = Parameters<(typeof templates)[T]>[0];
