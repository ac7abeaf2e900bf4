/** Which rule sets a job's deletion date (drizzle/0031 retention_cause). */
export type RetentionCause = 'filled' | 'unfilled_cap';
