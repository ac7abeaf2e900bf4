/** The employer's stages for a candidate, in the order the dashboard offers them. */
export { stages, type Stage } from '@/db/schema';
