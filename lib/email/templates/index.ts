import { accountTemplates } from './account';
import { candidateTemplates } from './candidate';
import { portalTemplates } from './portal';
import { profileTemplates } from './profile';
import { retentionTemplates } from './retention';
import { subscriptionTemplates } from './subscription';
import { workflowTemplates } from './workflow';

export const templates = { ...candidateTemplates, ...accountTemplates, ...workflowTemplates, ...retentionTemplates, ...portalTemplates, ...subscriptionTemplates, ...profileTemplates };
export type TemplateName = keyof typeof templates;
export type TemplatePayload<T extends TemplateName> = Parameters<(typeof templates)[T]>[0];
