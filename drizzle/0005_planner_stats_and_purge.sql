-- job_id decides tenant_id, but the planner multiplies their selectivities and
-- expects about one row per (tenant, job); with that estimate it ignored the
-- candidate index and filtered a whole job's applications (measured: 370 ms on a
-- 100 000-application tenant, 1 ms with these statistics).
CREATE STATISTICS IF NOT EXISTS applications_tenant_job_stats (dependencies, ndistinct) ON tenant_id, job_id FROM applications;
--> statement-breakpoint
CREATE STATISTICS IF NOT EXISTS application_stages_tenant_job_stats (dependencies, ndistinct) ON tenant_id, job_id FROM application_stages;
--> statement-breakpoint
-- Erasure removes the confirmation emails queued or sent about the erased
-- applications: their rows hold the candidate's name, address and file names.
GRANT DELETE ON outbox TO app_purge;
